import { foldName } from "../lexical/fold.ts";

/**
 * People's names spelled in French and in English from a third language:
 * "Poutine" and "Putin", "Prigojine" and "Prigozhin", "Khrouchtchev" and
 * "Khrushchev". The spellings differ by the sounds each language writes its
 * own way (French "ou", "j", "tch", "ch", a final mute "e", doubled
 * consonants); a key written the same for both compares them. No package
 * transliterates between French and English spellings of such names.
 */
export function spellingKey(word: string): string {
  return foldName(word)
    .replace(/ou/g, "u")
    .replace(/zh/g, "j")
    .replace(/tch/g, "ch")
    .replace(/sh/g, "ch")
    .replace(/([a-z])\1+/g, "$1")
    .replace(/(?<=[a-z]{3})e$/, "");
}

/**
 * Whether two people's names are the same words spelled the way French and
 * English write them ("Vladimir Poutine", "Vladimir Putin"): as many words,
 * each with the same key, and not simply the same name.
 */
export function sameSpelledName(a: string, b: string): boolean {
  const wa = foldName(a).split(/[\s-]+/);
  const wb = foldName(b).split(/[\s-]+/);
  if (wa.join(" ") === wb.join(" ") || wa.length !== wb.length) return false;
  return wa.every((w, i) => spellingKey(w) === spellingKey(wb[i]!));
}
