import { spawn } from "node:child_process";
import { projectRoot } from "../../graph/neo4j/local/paths.ts";

/**
 * Runs an npm command of the project as a user types it (npm, the bootstrap,
 * tsx and all), with its own environment; returns its wall time in ms, or
 * throws with its output when it fails.
 */
export function timedNpm(command: string, args: string[], env: Record<string, string>): Promise<number> {
  const merged: NodeJS.ProcessEnv = { ...process.env, ...env };
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn("npm", ["run", "-s", command, "--", ...args], { cwd: projectRoot, env: merged });
    let output = "";
    child.stdout.on("data", (d: Buffer) => (output += d.toString()));
    child.stderr.on("data", (d: Buffer) => (output += d.toString()));
    child.on("error", reject);
    child.on("exit", (code) => {
      const ms = performance.now() - started;
      if (code === 0) resolve(ms);
      else reject(new Error(`npm run ${command} ${args.join(" ")} failed (exit ${code}):\n${output}`));
    });
  });
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return Math.round(sorted[Math.floor(sorted.length / 2)]!);
}
