import { spawn } from "node:child_process";
import { request } from "node:http";
import { closeSync, mkdirSync, openSync, readFileSync, rmSync } from "node:fs";
import { writeFileWhole } from "../files/writeWhole.ts";
import { dirname, join } from "node:path";
import { setTimeout as delay } from "node:timers/promises";
import { SetupError } from "../neo4j/local/install.ts";
import { projectRoot } from "../neo4j/local/paths.ts";
import { isOrphan, isProcessOf, pidFileText, readPidFile, readPidRecord } from "../process/pidFile.ts";
import { portIsFree, waitForFreePort } from "../process/port.ts";
import { HTTPSERVER_EXPORTS, frenchModelsInstalled, providerClass } from "./install.ts";
import { ANNOTATORS, COREF_ALGORITHM, FRENCH_PROPERTIES, PIPELINE_PROPERTIES } from "./languages.ts";
import { nlpClassesDir, nlpLibDir, nlpLogFile, nlpPidFile } from "./paths.ts";

/**
 * How long CoreNLP works on one request before it gives up. A 10,000-character
 * chunk costs about 15 s of processor with parse and coreference; on a machine
 * busy with other work (load 15 on 2 cores, seen here) that took over 60 s,
 * and a timed-out chunk leaves the draft to the rules. The limit only guards
 * against a request that never ends.
 */
export const ANNOTATE_TIMEOUT_MS = 300_000;

export { ANNOTATORS, PIPELINE_PROPERTIES };
/** Longest text the server accepts, in characters (articles are capped at 1 MB). */
const MAX_CHARS = 1_100_000;

export interface NlpServerOptions {
  port: number;
  heap: string;
  pidFile?: string;
  logFile?: string;
  /** The process that stops this server when it exits (npm start), recorded in the pid file. */
  owner?: number;
}

export interface NlpStatus {
  running: boolean;
  url: string;
  pid?: number;
  /** Started by an npm start that was killed since, so nobody would stop it. */
  orphaned?: boolean;
}

export function nlpUrlFor(port: number): string {
  return `http://127.0.0.1:${port}`;
}

function files(options: NlpServerOptions) {
  return { pid: options.pidFile ?? nlpPidFile, log: options.logFile ?? nlpLogFile };
}

/** Ours only if its command line names our install folder: never a recycled pid or a user's own CoreNLP. */
const isAlive = (pid: number) => isProcessOf(pid, nlpClassesDir);
const readPid = readPidFile;

export function nlpStatus(options: NlpServerOptions): NlpStatus {
  const record = readPidRecord(files(options).pid);
  const pid = record?.pid;
  const running = pid !== undefined && isAlive(pid);
  const orphaned = running && isOrphan(record, projectRoot);
  return {
    running,
    url: nlpUrlFor(options.port),
    ...(running ? { pid } : {}),
    ...(orphaned ? { orphaned } : {}),
  };
}

/** True when the server at url answers /ready (its annotators are loaded). */
export async function nlpReady(url: string, timeoutMs = 1000): Promise<boolean> {
  try {
    const response = await fetch(`${url}/ready`, { signal: AbortSignal.timeout(timeoutMs) });
    return response.ok;
  } catch {
    return false;
  }
}

/**
 * Starts CoreNLP's server in the background, bound to 127.0.0.1, loading only
 * the annotators the suggestions use (a full preload takes a minute of both
 * cores and twice the memory), and returns once it answers /ready. One left
 * by a killed npm start is stopped first and replaced (`replaced`: its pid):
 * it may still be busy with the killed server's last text.
 */
export async function startNlp(
  options: NlpServerOptions,
  { timeoutMs = 600_000 }: { timeoutMs?: number } = {},
): Promise<NlpStatus & { alreadyRunning: boolean; replaced?: number }> {
  const status = nlpStatus(options);
  if (status.running && !status.orphaned) return { ...status, alreadyRunning: true };
  const replaced = status.orphaned && (await stopNlp(options)) ? status.pid : undefined;
  if (!(replaced ? await waitForFreePort(options.port, 10_000) : await portIsFree(options.port))) {
    throw new SetupError(
      `Port ${options.port} on 127.0.0.1 is already in use by another program: stop it, or set NLP_PORT to a free port (or NLP_URL to use the CoreNLP server that listens there).`,
    );
  }
  const { pid: pidFile, log } = files(options);
  mkdirSync(dirname(pidFile), { recursive: true });
  mkdirSync(dirname(log), { recursive: true });
  const logFd = openSync(log, "w");
  const child = spawn(
    "java",
    [
      `-Xmx${options.heap}`,
      HTTPSERVER_EXPORTS,
      `-Dcom.sun.net.httpserver.HttpServerProvider=${providerClass}`,
      "-cp",
      `${nlpClassesDir}:${join(nlpLibDir, "*")}`,
      "edu.stanford.nlp.pipeline.StanfordCoreNLPServer",
      "-port",
      String(options.port),
      "-timeout",
      String(ANNOTATE_TIMEOUT_MS),
      "-maxCharLength",
      String(MAX_CHARS),
      "-preload",
      ANNOTATORS,
      "-annotators",
      ANNOTATORS,
      "-coref.algorithm",
      COREF_ALGORITHM,
      "-quiet",
      "true",
    ],
    { detached: true, stdio: ["ignore", logFd, logFd] },
  );
  closeSync(logFd);
  const pid = child.pid;
  if (pid === undefined) throw new SetupError("Java could not be started to run CoreNLP.");
  writeFileWhole(pidFile, pidFileText(pid, options.owner));
  let exitCode: number | null = null;
  child.once("exit", (code) => {
    exitCode = code ?? -1;
  });
  child.unref();
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (exitCode !== null) {
      rmSync(pidFile, { force: true });
      const tail = readFileSync(log, "utf8").trim().split("\n").slice(-4).join("\n");
      throw new SetupError(
        `CoreNLP stopped during startup (exit code ${exitCode}); its log ${log} ends with:\n${tail}`,
      );
    }
    if (await nlpReady(status.url)) {
      if (frenchModelsInstalled()) preloadFrench(status.url);
      return { ...nlpStatus(options), alreadyRunning: false, ...(replaced ? { replaced } : {}) };
    }
    await delay(500);
  }
  process.kill(pid, "SIGKILL");
  rmSync(pidFile, { force: true });
  throw new SetupError(`CoreNLP did not become ready within ${Math.round(timeoutMs / 1000)} s; see ${log}.`);
}

/**
 * Has the server build its French pipeline in the background, as it preloads
 * the English one (its -preload covers one language only): a short French
 * request that nobody waits for, so that a command that started the server
 * can exit meanwhile. The first French article then finds the pipeline built.
 */
export function preloadFrench(url: string): void {
  const properties = encodeURIComponent(JSON.stringify({ ...FRENCH_PROPERTIES, outputFormat: "json" }));
  const req = request(`${url}/?properties=${properties}`, { method: "POST" }, (res) => res.resume());
  req.on("socket", (socket) => socket.unref());
  req.on("error", () => undefined);
  req.end("Le président a signé l'accord à Paris.");
}

/** Stops the server; true if one was running. */
export async function stopNlp(options: NlpServerOptions, { timeoutMs = 20_000 } = {}): Promise<boolean> {
  const pidFile = files(options).pid;
  const pid = readPid(pidFile);
  if (pid === undefined || !isAlive(pid)) {
    rmSync(pidFile, { force: true });
    return false;
  }
  process.kill(pid, "SIGTERM");
  const deadline = Date.now() + timeoutMs;
  while (isAlive(pid) && Date.now() < deadline) await delay(200);
  if (isAlive(pid)) process.kill(pid, "SIGKILL");
  rmSync(pidFile, { force: true });
  return true;
}
