import { execFile } from "node:child_process";

/** Runs a program to the end without blocking the test's event loop; a failure names the command and its output. */
export function runTool(
  command: string,
  args: string[],
  options: { env?: NodeJS.ProcessEnv; timeoutMs?: number } = {},
): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(
      command,
      args,
      {
        env: options.env ?? process.env,
        timeout: options.timeoutMs ?? 180_000,
        maxBuffer: 256 * 1024 * 1024,
      },
      (error, stdout, stderr) => {
        if (error)
          reject(
            new Error(
              `${command} ${args.slice(0, 3).join(" ")} failed: ${error.message}\n${stdout.slice(-2000)}\n${stderr.slice(-4000)}`,
            ),
          );
        else resolve(stdout);
      },
    );
  });
}
