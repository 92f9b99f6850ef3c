import { execFile } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync } from "node:fs";
import { homedir } from "node:os";
import { writeFileWhole } from "../files/writeWhole.ts";
import { join } from "node:path";
import { SetupError, checkJava } from "../neo4j/local/install.ts";
import { copyDependenciesArgs, mavenFailure } from "../process/maven.ts";
import { nlpClassesDir, nlpLibDir, nlpSourceDir } from "./paths.ts";

/** The JDK's HTTP server internals that the loopback provider builds on. */
export const HTTPSERVER_EXPORTS = "--add-exports=jdk.httpserver/sun.net.httpserver=ALL-UNNAMED";
const PROVIDER = "LoopbackHttpServerProvider";

interface RunResult {
  status: number | null;
  stdout: string;
  stderr: string;
  missing: boolean;
}

/** Runs a program without blocking the event loop: npm start fetches CoreNLP while it serves. */
function run(command: string, args: string[]): Promise<RunResult> {
  return new Promise((resolve) => {
    execFile(command, args, { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      const code = (error as NodeJS.ErrnoException | null)?.code;
      resolve({
        status: error ? (typeof code === "number" ? code : 1) : 0,
        stdout,
        stderr,
        missing: code === "ENOENT",
      });
    });
  });
}

function coreNlpVersion(): string {
  const pom = readFileSync(join(nlpSourceDir, "pom.xml"), "utf8");
  const version = /<corenlp\.version>([^<]+)<\/corenlp\.version>/.exec(pom)?.[1];
  if (!version) throw new SetupError("scripts/nlp/pom.xml names no <corenlp.version>.");
  return version;
}

/** True when the jars of the pinned CoreNLP version are in place. */
export function coreNlpInstalled(): boolean {
  return existsSync(join(nlpLibDir, `.complete-${coreNlpVersion()}`));
}

/** Fetches CoreNLP and its English models from Maven Central once (about 480 MB). */
async function ensureJars(log: (line: string) => void): Promise<string> {
  const version = coreNlpVersion();
  const marker = join(nlpLibDir, `.complete-${version}`);
  if (existsSync(marker)) return version;
  if ((await run("mvn", ["-v"])).missing) {
    throw new SetupError(
      `Maven is needed once to fetch Stanford CoreNLP ${version} from Maven Central and "mvn" was not found on PATH: install it (for example "apt-get install maven"), or set NLP_ENGINE=off to suggest from the graph's names and the rules alone.`,
    );
  }
  log(
    `Fetching Stanford CoreNLP ${version} and its English models from Maven Central (about 480 MB, once)...`,
  );
  mkdirSync(nlpLibDir, { recursive: true });
  const result = await run("mvn", copyDependenciesArgs(join(nlpSourceDir, "pom.xml"), nlpLibDir));
  if (result.status !== 0) {
    const detail = mavenFailure(result.stdout, result.stderr);
    throw new SetupError(
      `Maven could not fetch Stanford CoreNLP ${version} (${detail || `exit code ${result.status}`}): check the network, or set NLP_ENGINE=off.`,
    );
  }
  writeFileWhole(marker, `${new Date().toISOString()}\n`);
  return version;
}

/** The French models' jar (about 281 MB), fetched by "npm run nlp -- install fr". */
const FRENCH_MB = 281;

/** True when the French models of the pinned CoreNLP version are in place. */
export function frenchModelsInstalled(): boolean {
  return existsSync(join(nlpLibDir, `.complete-fr-${coreNlpVersion()}`));
}

/** Megabytes of the French models jar Maven has written so far (its download folder in the local repository). */
function frenchBytesSoFar(version: string): number {
  const dir = join(homedir(), ".m2", "repository", "edu", "stanford", "nlp", "stanford-corenlp", version);
  try {
    return readdirSync(dir)
      .filter((f) => f.includes("models-french") && !f.endsWith(".sha1"))
      .reduce((sum, f) => Math.max(sum, statSync(join(dir, f)).size), 0);
  } catch {
    return 0;
  }
}

let frenchInstall: Promise<void> | undefined;

/**
 * Fetches CoreNLP's French models from Maven Central once (the pom's "french"
 * profile), with a progress line every few seconds; CoreNLP itself is fetched
 * first if missing. A second call while one runs waits for the same fetch.
 * A running server sees the models only once restarted (its classpath is read at start).
 */
export function installFrenchModels(log: (line: string) => void = () => {}): Promise<void> {
  frenchInstall ??= (async () => {
    const version = await installCoreNlp(log);
    if (frenchModelsInstalled()) return;
    log(
      `Fetching the French models of Stanford CoreNLP ${version} from Maven Central (about ${FRENCH_MB} MB, once)...`,
    );
    let last = Math.round(frenchBytesSoFar(version) / 1e6);
    const progress = setInterval(() => {
      const mb = Math.round(frenchBytesSoFar(version) / 1e6);
      if (mb !== last && mb > 0) log(`French models: ${Math.min(mb, FRENCH_MB)} of about ${FRENCH_MB} MB`);
      last = mb;
    }, 5000);
    try {
      const result = await run("mvn", [
        ...copyDependenciesArgs(join(nlpSourceDir, "pom.xml"), nlpLibDir),
        "-Pfrench",
      ]);
      if (result.status !== 0) {
        const detail = mavenFailure(result.stdout, result.stderr);
        throw new SetupError(
          `Maven could not fetch the French models of Stanford CoreNLP ${version} (${detail || `exit code ${result.status}`}): check the network; French texts get the rules and the graph's names meanwhile.`,
        );
      }
    } finally {
      clearInterval(progress);
    }
    writeFileWhole(join(nlpLibDir, `.complete-fr-${version}`), `${new Date().toISOString()}\n`);
    log(`The French models of Stanford CoreNLP ${version} are installed.`);
  })().finally(() => {
    frenchInstall = undefined;
  });
  return frenchInstall;
}

/** Compiles the provider that binds CoreNLP's server to 127.0.0.1. */
async function ensureProvider(): Promise<void> {
  const source = join(nlpSourceDir, `${PROVIDER}.java`);
  const compiled = join(nlpClassesDir, `${PROVIDER}.class`);
  if (existsSync(compiled) && statSync(compiled).mtimeMs >= statSync(source).mtimeMs) return;
  mkdirSync(nlpClassesDir, { recursive: true });
  const result = await run("javac", [HTTPSERVER_EXPORTS, "-d", nlpClassesDir, source]);
  if (result.missing) throw new SetupError('"javac" was not found: the local CoreNLP needs a full JDK 17+.');
  if (result.status !== 0) throw new SetupError(`Compiling ${PROVIDER}.java failed: ${result.stderr.trim()}`);
}

/** Everything the local CoreNLP server needs before it can start; returns its version. */
export async function installCoreNlp(log: (line: string) => void = () => {}): Promise<string> {
  checkJava();
  const version = await ensureJars(log);
  await ensureProvider();
  return version;
}

export const providerClass = PROVIDER;
