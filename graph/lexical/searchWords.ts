const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*/gu;

/** Every word of letters and digits in the text, with case and accents folded as the search index folds them. */
export function foldedWords(text: string): string[] {
  const folded = text.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
  return [...folded.matchAll(WORD)].map((m) => m[0].replace(/’/g, "'"));
}

/** The words of what a user typed into search: the first 16. */
export function searchWords(text: string): string[] {
  return foldedWords(text).slice(0, 16);
}
