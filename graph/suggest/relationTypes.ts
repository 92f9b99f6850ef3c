import { GENERIC_TYPE } from "../model/vocabulary/vocabulary.ts";
import { typeOfTrigger } from "../model/vocabulary/triggerMatch.ts";

/**
 * Relationship types for suggested relations: the vocabulary's type for the
 * connecting words ("signed with" → SIGNED, "leader" → LEADS, "rencontrer"
 * → MET_WITH), else a type a reviewer added whose first word shares the
 * verb or noun, else RELATED_TO. Never a type made of the text's words: the
 * words stay on the relation as its trigger.
 */
export function vocabularyType(words: readonly string[], additions: readonly string[] = []): string {
  const type = typeOfTrigger(words);
  if (type !== GENERIC_TYPE) return type;
  const first = words[0];
  return (first ? existingType(additions, first) : undefined) ?? GENERIC_TYPE;
}

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
