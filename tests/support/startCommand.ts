import { type ChildProcess, spawn } from "node:child_process";
import { join } from "node:path";
import { projectRoot } from "../../graph/neo4j/local/paths.ts";

export interface StartedCommand {
  pid: number;
  /** Everything printed so far, stdout and stderr together. */
  output(): string;
  /** The first match of `pattern` in the output, waiting for it (rejected if the command exits first). */
  waitFor(pattern: RegExp, timeoutMs: number): Promise<RegExpMatchArray>;
  /** Resolves with the exit code (null when killed by a signal) once the command has exited. */
  exited: Promise<number | null>;
  kill(signal: NodeJS.Signals): void;
}

/**
 * Runs one of the project's scripts (a path from the project folder, such as
 * scripts/start.ts) as a child, the way npm start's bootstrap does, so that a test can read its lines as they come
 * and kill it at any point (SIGKILL: a crash; SIGINT: Ctrl-C).
 */
export function startCommand(
  script: string,
  args: string[],
  env: Record<string, string | undefined>,
): StartedCommand {
  const merged: NodeJS.ProcessEnv = { ...process.env };
  for (const key of Object.keys(merged))
    if (key.startsWith("NEO4J_") || key.startsWith("NLP_")) delete merged[key];
  for (const [key, value] of Object.entries(env)) {
    if (value === undefined) delete merged[key];
    else merged[key] = value;
  }
  const child: ChildProcess = spawn(
    process.execPath,
    ["--import", "tsx", join(projectRoot, script), ...args],
    { cwd: projectRoot, env: merged },
  );
  let text = "";
  const listeners = new Set<() => void>();
  const onData = (data: Buffer) => {
    text += data.toString();
    for (const listener of listeners) listener();
  };
  child.stdout?.on("data", onData);
  child.stderr?.on("data", onData);
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  return {
    pid: child.pid!,
    output: () => text,
    exited,
    kill: (signal) => void child.kill(signal),
    waitFor(pattern, timeoutMs) {
      return new Promise((resolve, reject) => {
        const done = () => {
          listeners.delete(check);
          clearTimeout(timer);
        };
        const check = () => {
          const match = pattern.exec(text);
          if (match) {
            done();
            resolve(match);
          }
        };
        const timer = setTimeout(() => {
          done();
          reject(new Error(`${script}: no ${pattern} within ${timeoutMs} ms:\n${text}`));
        }, timeoutMs);
        listeners.add(check);
        void exited.then((code) => {
          if (!listeners.has(check)) return;
          check();
          if (listeners.has(check)) {
            done();
            reject(new Error(`${script} exited (${code}) before ${pattern}:\n${text}`));
          }
        });
        check();
      });
    },
  };
}
