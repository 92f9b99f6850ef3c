import { closeSync, constants, fstatSync, lstatSync, openSync, readFileSync, type Stats } from "node:fs";
import { UserFacingError } from "../config/userError.ts";

/** What an entry of an article folder is, as lstat sees it (a link is never followed). */
export type EntryKind = "file" | "folder" | "symbolic link" | "named pipe" | "device" | "socket" | "missing";

function kindOf(stats: Stats): EntryKind {
  if (stats.isFile()) return "file";
  if (stats.isDirectory()) return "folder";
  if (stats.isSymbolicLink()) return "symbolic link";
  if (stats.isFIFO()) return "named pipe";
  if (stats.isSocket()) return "socket";
  return "device";
}

/** The kind of the entry at `path`, without following a link. */
export function entryKind(path: string): EntryKind {
  try {
    return kindOf(lstatSync(path));
  } catch {
    return "missing";
  }
}

/** An article folder's file that is not a plain file: Dossier neither follows nor opens it. */
export class NotPlainFile extends UserFacingError {
  override name = "NotPlainFile";
  constructor(
    readonly shown: string,
    readonly kind: EntryKind,
  ) {
    super(
      `${shown} is a ${kind}, not a plain file; Dossier reads and writes only plain files in article folders.`,
    );
  }
}

/** Refuses an entry that exists and is not a plain file; true when it is one, false when missing. */
export function checkPlainFile(path: string, shown: string): boolean {
  const kind = entryKind(path);
  if (kind === "missing") return false;
  if (kind !== "file") throw new NotPlainFile(shown, kind);
  return true;
}

/**
 * The bytes of a plain file, or undefined when there is none. The file is
 * opened without following a link and without waiting on a pipe, then
 * checked on the open descriptor, so that nothing swapped in between the
 * check and the read (a link to a file elsewhere, a pipe that never ends)
 * is read.
 */
export function readPlainFile(path: string, shown: string): Buffer | undefined {
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT") return undefined;
    if (code === "ELOOP") throw new NotPlainFile(shown, "symbolic link");
    if (code === "ENXIO") throw new NotPlainFile(shown, entryKind(path));
    throw error;
  }
  try {
    const kind = kindOf(fstatSync(fd));
    if (kind !== "file") throw new NotPlainFile(shown, kind);
    return readFileSync(fd);
  } finally {
    closeSync(fd);
  }
}
