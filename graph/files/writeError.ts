import { UserFacingError } from "../config/userError.ts";

/** Error codes that mean there is no room left to write. */
const NO_ROOM = new Set(["ENOSPC", "EDQUOT"]);

/** A file could not be written; the earlier file, if any, is unchanged. */
export class FileWriteError extends UserFacingError {
  override name = "FileWriteError";
  constructor(
    message: string,
    /** True when the disk (or the user's quota) is full: the HTTP answer is 507. */
    readonly diskFull: boolean,
  ) {
    super(message);
  }
}

/** One sentence for a failed write of the file shown as `shown`, from the system error. */
export function fileWriteError(error: unknown, shown: string): FileWriteError {
  const code = (error as NodeJS.ErrnoException | undefined)?.code ?? "";
  if (NO_ROOM.has(code)) {
    return new FileWriteError(
      `The disk is full: ${shown} could not be written, and nothing was changed; free some space and try again.`,
      true,
    );
  }
  const why = code === "EACCES" || code === "EPERM" ? "permission denied" : code || "unknown error";
  return new FileWriteError(`${shown} could not be written (${why}), and nothing was changed.`, false);
}
