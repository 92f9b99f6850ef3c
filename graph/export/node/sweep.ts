import { readdirSync, rmSync } from "node:fs";
import { join } from "node:path";

/**
 * Temporary files of an export live beside its target, named with the id of
 * the process that writes them: `.dossier-export-<pid>-XXXXXX/` (the spool)
 * and `.<target>.partial-<pid>` (the file being written). An export that is
 * killed cannot remove them; the next export to the same folder does, once
 * that process is gone.
 */
export function spoolPrefix(pid = process.pid): string {
  return `.dossier-export-${pid}-`;
}

export function partialName(target: string, pid = process.pid): string {
  return `.${target}.partial-${pid}`;
}

const LEFTOVER = /^(?:\.dossier-export-(\d+)-.{6}|\..+\.partial-(\d+))$/;

function running(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** Removes what exports that no longer run left in `folder`; returns the names removed. */
export function sweepExportLeftovers(folder: string): string[] {
  const removed: string[] = [];
  for (const name of readdirSync(folder)) {
    const match = LEFTOVER.exec(name);
    const pid = Number(match?.[1] ?? match?.[2]);
    if (!match || pid === process.pid || running(pid)) continue;
    rmSync(join(folder, name), { recursive: true, force: true });
    removed.push(name);
  }
  return removed;
}
