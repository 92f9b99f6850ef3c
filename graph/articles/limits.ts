/** Largest article.txt accepted, in UTF-8 bytes. */
export const MAX_TEXT_BYTES = 1024 * 1024;
/** Largest file or downloaded page read: pages carry markup and scripts around the text. */
export const MAX_SOURCE_BYTES = 5 * 1024 * 1024;
/** How long a URL may take to answer, body included. */
export const FETCH_TIMEOUT_MS = 10_000;

/** "1.2 MB", "1 MB" for messages. */
export function megabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1).replace(/\.0$/, "")} MB`;
}
