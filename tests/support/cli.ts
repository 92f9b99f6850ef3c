import { spawn } from "node:child_process";
import { join } from "node:path";
import { projectRoot } from "../../graph/neo4j/local/paths.ts";

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs one of the project's commands (scripts/<name>.ts) as a user would, with its own environment. */
export function runCli(
  name: string,
  args: string[],
  env: Record<string, string | undefined> = {},
  timeoutMs = 200_000,
): Promise<CliResult> {
  return new Promise((resolve, reject) => {
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
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      reject(
        new Error(`${name} ${args.join(" ")} did not finish within ${timeoutMs} ms\n${stdout}\n${stderr}`),
      );
    }, timeoutMs);
    child.on("exit", (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
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
