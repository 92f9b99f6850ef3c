/** Where in the text an error at `offset` is marked: the word there, or one character. */
export function errorRange(text: string, offset: number): { from: number; to: number } {
  const from = Math.max(0, Math.min(offset, text.length));
  const word = /^[\p{L}\p{N}_$]+/u.exec(text.slice(from));
  if (word) return { from, to: from + word[0].length };
  if (from < text.length) return { from, to: from + 1 };
  // At the end of the text: mark the last character so the mark is visible.
  return { from: Math.max(0, from - 1), to: from };
}
