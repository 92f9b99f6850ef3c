/** Largest article.txt accepted, in UTF-8 bytes. */
export const MAX_TEXT_BYTES = 1024 * 1024;
/** Largest file or downloaded page read: pages carry markup and scripts around the text. */
export const MAX_SOURCE_BYTES = 5 * 1024 * 1024;
/** How long a URL may take to answer, body included. */
export const FETCH_TIMEOUT_MS = 10_000;

/**
 * "1.2 MB", "1 MB (1,048,576 bytes)" for messages: the exact count is added
 * whenever the rounded figure alone would hide how far a size is from a
 * limit ("1 MB of text; at most 1 MB" for a text one byte over).
 */
export function megabytes(bytes: number): string {
  const rounded = `${(bytes / (1024 * 1024)).toFixed(1).replace(/\.0$/, "")} MB`;
  return bytes % (1024 * 1024) === 0 || rounded.includes(".")
    ? rounded
    : `${rounded} (${bytes.toLocaleString("en")} bytes)`;
}

/** A limit in messages: "1 MB (1,048,576 bytes)", exact so that a size just over it reads as over. */
export function limitBytes(bytes: number): string {
  return `${megabytes(bytes)} (${bytes.toLocaleString("en")} bytes)`;
}
