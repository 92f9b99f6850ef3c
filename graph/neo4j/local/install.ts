import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, statSync } from "node:fs";
import { writeFileWhole } from "../../files/writeWhole.ts";
import { join } from "node:path";
import { UserFacingError } from "../../config/userError.ts";
import { copyDependenciesArgs, mavenFailure } from "../../process/maven.ts";
import { classesDir, launcherSourceDir, libDir } from "./paths.ts";

/** A problem a newcomer can fix, told in one sentence. */
export class SetupError extends UserFacingError {
  override name = "SetupError";
}

const USE_OWN = "or set NEO4J_URI (with NEO4J_USER and NEO4J_PASSWORD) to use a Neo4j you already run";

function run(command: string, args: string[], cwd?: string) {
  return spawnSync(command, args, { cwd, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
}

/** The major version of `java`, or a SetupError when there is none (or it is too old). */
export function checkJava(): number {
  const result = run("java", ["-version"]);
  if (result.error) {
    throw new SetupError(
      `Java 17 or newer is needed to run the local Neo4j and none was found on PATH: install a JDK 17+ (for example "apt-get install openjdk-17-jdk-headless") ${USE_OWN}.`,
    );
  }
  const text = `${result.stderr}${result.stdout}`;
  const match = /version "(\d+)(?:\.(\d+))?/.exec(text);
  const major = match ? Number(match[1] === "1" ? match[2] : match[1]) : NaN;
  if (!(major >= 17)) {
    throw new SetupError(
      `Java 17 or newer is needed to run the local Neo4j, but "java -version" reports ${match ? major : "an unknown version"}: install a JDK 17+ ${USE_OWN}.`,
    );
  }
  return major;
}

function pomVersion(): string {
  const pom = readFileSync(join(launcherSourceDir, "pom.xml"), "utf8");
  const version = /<neo4j\.version>([^<]+)<\/neo4j\.version>/.exec(pom)?.[1];
  if (!version) throw new SetupError("scripts/neo4j/pom.xml names no <neo4j.version>.");
  return version;
}

/** Fetches the Neo4j jars from Maven Central once; a marker file records the version. */
export function ensureJars(log: (line: string) => void = () => {}): string {
  const version = pomVersion();
  const marker = join(libDir, `.complete-${version}`);
  if (existsSync(marker)) return version;
  const probe = run("mvn", ["-v"]);
  if (probe.error) {
    throw new SetupError(
      `Maven is needed once to fetch Neo4j ${version} from Maven Central and "mvn" was not found on PATH: install it (for example "apt-get install maven") ${USE_OWN}.`,
    );
  }
  log(`Fetching Neo4j ${version} from Maven Central (about 120 MB, once)...`);
  mkdirSync(libDir, { recursive: true });
  const result = run("mvn", copyDependenciesArgs(join(launcherSourceDir, "pom.xml"), libDir));
  if (result.status !== 0) {
    const detail = mavenFailure(result.stdout, result.stderr);
    throw new SetupError(
      `Maven could not fetch Neo4j ${version} from Maven Central (${detail || `exit code ${result.status}`}): check the network ${USE_OWN}.`,
    );
  }
  writeFileWhole(marker, `${new Date().toISOString()}\n`);
  return version;
}

/** Compiles the small launcher class when it is missing or older than its source. */
export function ensureLauncher(): void {
  const source = join(launcherSourceDir, "Launcher.java");
  const compiled = join(classesDir, "Launcher.class");
  if (existsSync(compiled) && statSync(compiled).mtimeMs >= statSync(source).mtimeMs) return;
  mkdirSync(classesDir, { recursive: true });
  const result = run("javac", ["-cp", join(libDir, "*"), "-d", classesDir, source]);
  if (result.error) {
    throw new SetupError(
      `"javac" was not found: the local Neo4j needs a full JDK 17+, not only a Java runtime (for example "apt-get install openjdk-17-jdk-headless") ${USE_OWN}.`,
    );
  }
  if (result.status !== 0) {
    throw new SetupError(`Compiling scripts/neo4j/Launcher.java failed: ${result.stderr.trim()}`);
  }
}

/** Everything the local Neo4j needs before it can start. */
export function installLocalNeo4j(log?: (line: string) => void): string {
  checkJava();
  const version = ensureJars(log);
  ensureLauncher();
  return version;
}
