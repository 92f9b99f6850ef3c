/**
 * Relationship types for suggested relations: one the graph already has
 * when the connecting word is the same verb or noun ("signed" → SIGNED,
 * "leader" → LEADS), otherwise a new UPPER_SNAKE type made of the words of
 * the text ("signed with" → SIGNED_WITH).
 */

/** A crude stem, enough to tell that "signed", "signs" and "SIGNED" share a verb. */
export function stem(word: string): string {
  const w = word.toLowerCase();
  for (const suffix of ["ership", "ing", "ers", "er", "ed", "es", "s", "e"]) {
    if (w.length - suffix.length >= 3 && w.endsWith(suffix)) return w.slice(0, -suffix.length);
  }
  return w;
}

export function toTypeName(words: readonly string[]): string {
  const name = words
    .join("_")
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toUpperCase()
    .replace(/[^A-Z0-9]+/g, "_")
    .replace(/^_+|_+$/g, "");
  return /^[A-Z]/.test(name) ? name.slice(0, 60) : "RELATED_TO";
}

/**
 * The graph type whose first word has the stem of `word`; with a
 * preposition, one whose second word is that preposition is preferred.
 */
export function existingType(
  types: readonly string[],
  word: string,
  preposition?: string,
): string | undefined {
  const wanted = stem(word);
  const matches = types.filter((t) => stem(t.split("_")[0] ?? "") === wanted);
  if (matches.length === 0) return undefined;
  const withPrep = preposition
    ? matches.find((t) => t.split("_")[1] === preposition.toUpperCase())
    : undefined;
  return withPrep ?? [...matches].sort((a, b) => a.length - b.length)[0];
}
