import { existsSync, readFileSync } from "node:fs";

/** The process id a pid file holds, or undefined when there is none or it is not a pid. */
export function readPidFile(file: string): number | undefined {
  if (!existsSync(file)) return undefined;
  const pid = Number(readFileSync(file, "utf8").trim());
  return Number.isInteger(pid) && pid > 0 ? pid : undefined;
}

/**
 * True while the process runs and (on Linux, where its command line can be
 * read) is still the program named by `marker`: a pid recycled by another
 * program after a crash does not count.
 */
export function isProcessOf(pid: number, marker: string): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  const cmdline = `/proc/${pid}/cmdline`;
  if (existsSync(cmdline)) return readFileSync(cmdline, "utf8").includes(marker);
  return true;
}
