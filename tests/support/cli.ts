import { spawn } from "node:child_process";
import { join } from "node:path";
import { projectRoot } from "../../graph/neo4j/local/paths.ts";

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs one of the project's commands (scripts/<name>.ts) as a user would, with its own environment. */
export async function runCli(
  name: string,
  args: string[],
  env: Record<string, string | undefined> = {},
  timeoutMs = 200_000,
): Promise<CliResult> {
  const running = startCli(name, args, env);
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      running.kill("SIGKILL");
      void running.done.then(({ stdout, stderr }) =>
        reject(
          new Error(`${name} ${args.join(" ")} did not finish within ${timeoutMs} ms\n${stdout}\n${stderr}`),
        ),
      );
    }, timeoutMs);
  });
  try {
    return await Promise.race([running.done, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** Parses `NAME='value'` lines as printed by `npm run -s db -- env`. */
export function parseAssignments(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const line of text.split("\n")) {
    const match = /^([A-Z0-9_]+)=(?:'((?:[^']|'\\'')*)'|(\S*))$/.exec(line.trim());
    if (match?.[1]) out[match[1]] = (match[2] ?? match[3] ?? "").replaceAll("'\\''", "'");
  }
  return out;
}

export interface RunningCli {
  pid: number;
  /** Resolves when the command exits (killed or not), with what it printed. */
  done: Promise<CliResult>;
  kill: (signal?: NodeJS.Signals) => void;
}

/** Starts one of the project's commands without waiting for it, so a test can stop it midway. */
export function startCli(
  name: string,
  args: string[],
  env: Record<string, string | undefined> = {},
): RunningCli {
  const merged: NodeJS.ProcessEnv = { ...process.env };
  for (const key of Object.keys(merged)) if (key.startsWith("NEO4J_")) delete merged[key];
  for (const [key, value] of Object.entries(env)) {
    if (value === undefined) delete merged[key];
    else merged[key] = value;
  }
  const child = spawn(
    process.execPath,
    ["--import", "tsx", join(projectRoot, "scripts", `${name}.ts`), ...args],
    {
      cwd: projectRoot,
      env: merged,
    },
  );
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (d: Buffer) => (stdout += d.toString()));
  child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
  const done = new Promise<CliResult>((resolve) =>
    child.on("exit", (code) => resolve({ code, stdout, stderr })),
  );
  return { pid: child.pid!, done, kill: (signal = "SIGKILL") => child.kill(signal) };
}
