import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import {
  chmodSync,
  closeSync,
  existsSync,
  mkdirSync,
  openSync,
  readFileSync,
  rmSync,
  statSync,
} from "node:fs";
import { writeFileWhole } from "../../files/writeWhole.ts";
import { join } from "node:path";
import { setTimeout as delay } from "node:timers/promises";
import { SetupError } from "./install.ts";
import { classesDir, instanceFiles, libDir, projectRoot } from "./paths.ts";
import { localNeo4jSettings, toPropertiesFile } from "./settings.ts";
import { isOrphan, isProcessOf, pidFileText, readPidFile, readPidRecord } from "../../process/pidFile.ts";
import { portIsFree } from "../../process/port.ts";

export interface LocalInstanceOptions {
  dataDir: string;
  port: number;
  heap: string;
  pagecache: string;
  txTimeout: string;
  txMemory: string;
  /**
   * Runs below the machine's other work (nice 10) and sized as if it had one
   * processor (the JVM's GC, compiler and Neo4j's worker pools), so that its
   * queries and its restarts leave the processors to the explorer's Neo4j.
   */
  yielding?: boolean;
  /**
   * The process that stops this Neo4j when it exits (npm start): recorded in
   * the pid file, so that the next start knows a Neo4j left by a killed one.
   */
  owner?: number;
}

/** What a yielding instance's JVM is started under, and with. */
const YIELDING = { nice: ["nice", "-n", "10"], jvm: ["-XX:ActiveProcessorCount=1"] };

export interface LocalStatus {
  running: boolean;
  pid?: number;
  uri: string;
  dataDir: string;
  /** Started by an npm start that was killed since, so nobody would stop it. */
  orphaned?: boolean;
}

/** The JVM flags Neo4j 5's own server script passes; without them startup fails. */
export const JVM_FLAGS = [
  "--add-opens=java.base/java.nio=ALL-UNNAMED",
  "--add-opens=java.base/java.io=ALL-UNNAMED",
  "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
  "--enable-native-access=ALL-UNNAMED",
  "-Dio.netty.tryReflectionSetAccessible=true",
  "-XX:+UseG1GC",
  "-XX:-OmitStackTraceInFastThrow",
];

const READY_MARK = "NEO4J_READY";

export function uriFor(port: number): string {
  // An IP, not "localhost": Node may resolve that to ::1, where Bolt does not listen.
  return `bolt://127.0.0.1:${port}`;
}

/** Ours only if its command line names our install folder: never a recycled pid or a user's own Neo4j. */
const isAlive = (pid: number) => isProcessOf(pid, classesDir);

/**
 * The data folder is the user's alone (700), whatever made it: a store from
 * before this rule keeps its 644 files, but no other user can reach them.
 */
function makePrivate(dataDir: string): void {
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  chmodSync(dataDir, 0o700);
}

/** The generated password of a data folder, created on first use (mode 600). */
export function localPassword(dataDir: string, create = false): string | undefined {
  const files = instanceFiles(dataDir);
  if (existsSync(files.password)) return readFileSync(files.password, "utf8").trim();
  if (!create) return undefined;
  mkdirSync(files.dir, { recursive: true, mode: 0o700 });
  const password = randomBytes(18).toString("base64url");
  writeFileWhole(files.password, `${password}\n`, { mode: 0o600 });
  return password;
}

function readPid(dataDir: string): number | undefined {
  return readPidFile(instanceFiles(dataDir).pid);
}

export function localStatus(options: Pick<LocalInstanceOptions, "dataDir" | "port">): LocalStatus {
  const record = readPidRecord(instanceFiles(options.dataDir).pid);
  const pid = record?.pid;
  const running = pid !== undefined && isAlive(pid);
  const orphaned = running && isOrphan(record, projectRoot);
  return {
    running,
    uri: uriFor(options.port),
    dataDir: options.dataDir,
    ...(running ? { pid } : {}),
    ...(orphaned ? { orphaned } : {}),
  };
}

function tail(file: string, lines = 6): string {
  if (!existsSync(file)) return "";
  return readFileSync(file, "utf8").trim().split("\n").slice(-lines).join("\n");
}

/** The size of a file, 0 while it does not exist. */
function sizeOf(file: string): number {
  return existsSync(file) ? statSync(file).size : 0;
}

/**
 * Starts Neo4j in the background and returns once it accepts Bolt connections.
 * A second start of a running instance is a no-op (alreadyRunning: true),
 * except that one left by a killed npm start is adopted (adopted: true): its
 * pid file then names `options.owner`, who stops it on exit.
 * A first start on a busy machine can take minutes, so the wait ends when
 * Neo4j's log has not moved for `stallMs`, or at `timeoutMs` in all.
 */
export async function startLocal(
  options: LocalInstanceOptions,
  { timeoutMs = 600_000, stallMs = 180_000 }: { timeoutMs?: number; stallMs?: number } = {},
): Promise<LocalStatus & { alreadyRunning: boolean; adopted?: boolean }> {
  const status = localStatus(options);
  if (status.running && status.pid !== undefined) {
    if (!status.orphaned) return { ...status, alreadyRunning: true };
    // Adopted rather than restarted: the store stays open, and a start costs tens of seconds.
    writeFileWhole(instanceFiles(options.dataDir).pid, pidFileText(status.pid, options.owner), {
      mode: 0o600,
    });
    return { ...localStatus(options), alreadyRunning: true, adopted: true };
  }
  if (!(await portIsFree(options.port))) {
    throw new SetupError(
      `Port ${options.port} on 127.0.0.1 is already in use by another program: stop it, or set NEO4J_PORT to a free port (or NEO4J_URI to use the Neo4j that listens there).`,
    );
  }
  const files = instanceFiles(options.dataDir);
  makePrivate(options.dataDir);
  mkdirSync(files.importDir, { recursive: true, mode: 0o700 });
  localPassword(options.dataDir, true);
  const settings = localNeo4jSettings({
    port: options.port,
    importDir: files.importDir,
    txTimeout: options.txTimeout,
    txMemory: options.txMemory,
    pagecache: options.pagecache,
  });
  writeFileWhole(files.settings, toPropertiesFile(settings), { mode: 0o600 });

  const logFd = openSync(files.log, "w", 0o600);
  // Through sh for its umask: every file Neo4j creates is then private (600,
  // folders 700). exec keeps the pid (nice execs too), so the pid file names the JVM itself.
  const child = spawn(
    "/bin/sh",
    [
      "-c",
      'umask 077 && exec "$@"',
      "sh",
      ...(options.yielding ? YIELDING.nice : []),
      "java",
      `-Xms${options.heap}`,
      `-Xmx${options.heap}`,
      ...JVM_FLAGS,
      ...(options.yielding ? YIELDING.jvm : []),
      "-cp",
      `${classesDir}:${join(libDir, "*")}`,
      "Launcher",
      options.dataDir,
      files.settings,
      files.password,
    ],
    { detached: true, stdio: ["ignore", logFd, logFd] },
  );
  closeSync(logFd);
  const pid = child.pid;
  if (pid === undefined) throw new SetupError("Java could not be started to run the local Neo4j.");
  writeFileWhole(files.pid, pidFileText(pid, options.owner), { mode: 0o600 });
  let exitCode: number | null = null;
  child.once("exit", (code) => {
    exitCode = code ?? -1;
  });
  child.unref();

  const deadline = Date.now() + timeoutMs;
  let logSize = -1;
  let movedAt = Date.now();
  while (Date.now() < deadline && Date.now() - movedAt < stallMs) {
    const size = sizeOf(files.log);
    if (size !== logSize) [logSize, movedAt] = [size, Date.now()];
    if (exitCode !== null) {
      rmSync(files.pid, { force: true });
      throw new SetupError(
        `The local Neo4j stopped during startup (exit code ${exitCode}); its log ${files.log} ends with:\n${tail(files.log)}`,
      );
    }
    if (existsSync(files.log) && readFileSync(files.log, "utf8").includes(READY_MARK)) {
      return { ...localStatus(options), alreadyRunning: false };
    }
    await delay(250);
  }
  process.kill(pid, "SIGKILL");
  rmSync(files.pid, { force: true });
  const why =
    Date.now() >= deadline
      ? ` within ${Math.round(timeoutMs / 1000)} s`
      : `: its log did not change for ${Math.round(stallMs / 1000)} s`;
  throw new SetupError(`The local Neo4j did not become ready${why}; see ${files.log}.`);
}

/** Stops the instance cleanly (SIGTERM runs Neo4j's shutdown); true if one was running. */
export async function stopLocal(
  options: Pick<LocalInstanceOptions, "dataDir" | "port">,
  { timeoutMs = 60_000 }: { timeoutMs?: number } = {},
): Promise<boolean> {
  const files = instanceFiles(options.dataDir);
  const pid = readPid(options.dataDir);
  if (pid === undefined || !isAlive(pid)) {
    rmSync(files.pid, { force: true });
    return false;
  }
  process.kill(pid, "SIGTERM");
  const deadline = Date.now() + timeoutMs;
  while (isAlive(pid) && Date.now() < deadline) await delay(200);
  if (isAlive(pid)) process.kill(pid, "SIGKILL");
  rmSync(files.pid, { force: true });
  return true;
}
