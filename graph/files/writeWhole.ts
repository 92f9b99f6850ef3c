import { randomBytes } from "node:crypto";
import { closeSync, fsyncSync, openSync, renameSync, statSync, unlinkSync, writeSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { FileWriteError, fileWriteError } from "./writeError.ts";

export interface WriteOptions {
  /** Permission bits of a new file (an existing file keeps its own). */
  mode?: number;
  /** How the file is named in a refusal; by default its folder and name, never an absolute path. */
  shownAs?: string;
}

/** Writes every byte, however many calls it takes: one write on a nearly full disk may write only part. */
function writeAll(fd: number, bytes: Uint8Array): void {
  let offset = 0;
  while (offset < bytes.length) offset += writeSync(fd, bytes, offset, bytes.length - offset);
}

/** Flushes a folder's entries (the rename) to the disk; some file systems refuse it for folders, which is harmless. */
export function syncFolder(dir: string): void {
  let fd: number | undefined;
  try {
    fd = openSync(dir, "r");
    fsyncSync(fd);
  } catch {
    // A folder that cannot be opened or synced here still holds the renamed file.
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

function modeOf(path: string, fallback: number | undefined): number {
  try {
    return statSync(path).mode & 0o7777;
  } catch {
    return fallback ?? 0o666 & ~process.umask();
  }
}

/**
 * Replaces `path` with `data` whole or not at all: a hidden temporary file
 * beside it is written completely, synced, and only then renamed over it.
 * On any failure the temporary file is removed, the old file is left as it
 * was, and a FileWriteError says in one sentence what happened ("the disk is
 * full"). Written here rather than taken from write-file-atomic, whose sync
 * writer makes one write call and renames a short file into place when the
 * disk fills.
 */
export function writeFileWhole(path: string, data: string | Uint8Array, options: WriteOptions = {}): void {
  const shown = options.shownAs ?? join(basename(dirname(path)), basename(path));
  const bytes = typeof data === "string" ? Buffer.from(data, "utf8") : data;
  const temp = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString("hex")}.tmp`);
  let fd: number | undefined;
  try {
    fd = openSync(temp, "wx", modeOf(path, options.mode));
    writeAll(fd, bytes);
    fsyncSync(fd);
    closeSync(fd);
    fd = undefined;
    renameSync(temp, path);
  } catch (error) {
    if (fd !== undefined) closeSync(fd);
    try {
      unlinkSync(temp);
    } catch {
      // Never created, or already renamed: nothing to clean.
    }
    throw error instanceof FileWriteError ? error : fileWriteError(error, shown);
  }
  syncFolder(dirname(path));
}
