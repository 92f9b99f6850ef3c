import { foldName } from "../lexical/fold.ts";

/**
 * Transliteration folds: the same name romanised from Arabic, Russian or
 * French spelling habits ("Salikhov" / "Salihov", "Youssouf" / "Yusuf",
 * "Mohammed" / "Mohamed"). General rules applied in order to a folded word,
 * not a list of names; written here because no library in use folds
 * romanisations (graph/lexical folds case and accents only).
 */
const TRANSLITERATIONS: readonly (readonly [RegExp, string])[] = [
  [/kh/g, "h"],
  [/ph/g, "f"],
  [/dj/g, "j"],
  [/ou/g, "u"],
  [/y/g, "i"],
  [/(.)\1+/g, "$1"],
];

/** A word with case and accents folded, then the transliteration folds. */
export function spellingKey(word: string): string {
  let key = foldName(word).replace(/[^\p{L}\p{N}]/gu, "");
  for (const [from, to] of TRANSLITERATIONS) key = key.replace(from, to);
  return key;
}

/** The words of a name, folded for comparison (case, accents, punctuation). */
export function nameWords(name: string): string[] {
  return foldName(name)
    .split(/[^\p{L}\p{N}']+/u)
    .filter(Boolean);
}
