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

/**
 * Folded forms are asked for again and again while pairs are compared: they
 * are kept, up to this many, and the store starts afresh when it is full.
 */
const KEPT = 200_000;
const keys = new Map<string, string>();
const words = new Map<string, readonly string[]>();

function kept<T>(store: Map<string, T>, key: string, make: (key: string) => T): T {
  let value = store.get(key);
  if (value === undefined) {
    if (store.size >= KEPT) store.clear();
    value = make(key);
    store.set(key, value);
  }
  return value;
}

/** A word with case and accents folded, then the transliteration folds. */
export function spellingKey(word: string): string {
  return kept(keys, word, (w) => {
    let key = foldName(w).replace(/[^\p{L}\p{N}]/gu, "");
    for (const [from, to] of TRANSLITERATIONS) key = key.replace(from, to);
    return key;
  });
}

/** The words of a name, folded for comparison (case, accents, punctuation). */
export function nameWords(name: string): readonly string[] {
  return kept(words, name, (n) =>
    foldName(n)
      .split(/[^\p{L}\p{N}']+/u)
      .filter(Boolean),
  );
}
