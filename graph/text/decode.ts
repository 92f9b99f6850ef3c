import { UserFacingError } from "../config/userError.ts";

/** Thrown when bytes are not a text Dossier can store; the message names the place. */
export class TextInputError extends UserFacingError {
  override name = "TextInputError";
}

/** Byte offset of the first byte that does not continue a valid UTF-8 sequence. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const need =
      b < 0x80
        ? 0
        : b >= 0xc2 && b <= 0xdf
          ? 1
          : b >= 0xe0 && b <= 0xef
            ? 2
            : b >= 0xf0 && b <= 0xf4
              ? 3
              : -1;
    if (need < 0) return i;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
    }
    i += need + 1;
  }
  return -1;
}

/**
 * Decodes a file's bytes as UTF-8 text, strictly: a byte that is not UTF-8 or
 * a NUL byte (a binary file) is refused with its offset, never replaced by
 * U+FFFD. A leading byte-order mark is dropped, so that offsets into the text
 * count from its first real character. `where` names the file for the message.
 */
export function decodeUtf8Text(bytes: Uint8Array, where: string): string {
  const nul = bytes.indexOf(0);
  if (nul >= 0) {
    throw new TextInputError(
      `${where} looks like a binary file (a NUL byte at byte offset ${nul}), not text.`,
    );
  }
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    const at = firstInvalidUtf8(bytes);
    throw new TextInputError(
      `${where} is not UTF-8: the byte 0x${(bytes[at] ?? 0).toString(16).padStart(2, "0")} at byte offset ${at} is not valid UTF-8 (save the file as UTF-8).`,
    );
  }
  return text;
}
