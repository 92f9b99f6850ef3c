import { ENTRIES } from "./entries.ts";
import { GENERIC_TYPE } from "./vocabulary.ts";

/**
 * From the words that relate two entities (a verb or noun and its
 * preposition, in English or French) to the vocabulary's type. A lemma
 * matches a trigger exactly, case and accents aside; failing that, an
 * English word matches by a crude stem ("signed", "signs" → "sign").
 */

export function foldWord(word: string): string {
  return word.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase().trim();
}

/** A crude English stem: enough to tell that "signed", "signs" and "signing" share a verb. */
export function triggerStem(word: string): string {
  const w = foldWord(word);
  for (const suffix of ["ership", "ing", "ers", "er", "ed", "es", "s", "e"]) {
    if (w.length - suffix.length >= 3 && w.endsWith(suffix)) return w.slice(0, -suffix.length);
  }
  return w;
}

function index(key: (w: string) => string): Map<string, string> {
  const out = new Map<string, string>();
  for (const e of ENTRIES) {
    for (const w of [...e.en, ...e.fr]) if (!out.has(key(w))) out.set(key(w), e.name);
  }
  return out;
}

const BY_LEMMA = index(foldWord);
const BY_STEM = index(triggerStem);

/** Phrases whose words alone say something else ("take", "part"): the second word and the first word's forms. */
const PHRASES: readonly { second: string; first: RegExp; type: string }[] = [
  { second: "part", first: /^(take|takes|took|taken|taking|prendre|pris|prend)$/, type: "PARTICIPATED_IN" },
  { second: "place", first: /^(take|takes|took|taken|taking)$/, type: "TOOK_PLACE_IN" },
  { second: "lieu", first: /^(avoir|a|eu|aura)$/, type: "TOOK_PLACE_IN" },
  { second: "up", first: /^(set|sets|setting)$/, type: "FOUNDED" },
  { second: "down", first: /^(step|steps|stepped|stepping)$/, type: "WITHDREW_FROM" },
  { second: "out", first: /^(pull|pulls|pulled|pulling)$/, type: "WITHDREW_FROM" },
];

/** The vocabulary type one word names, or undefined. */
export function typeOfWord(word: string): string | undefined {
  const folded = foldWord(word);
  // "headquartered" stems to the entry "headquarter", whose own stem is "headquart": both are tried.
  return BY_LEMMA.get(folded) ?? BY_LEMMA.get(triggerStem(folded)) ?? BY_STEM.get(triggerStem(folded));
}

/**
 * The vocabulary type for a trigger: first a phrase such as "take part",
 * then its words in order (pass the lemma of the verb or noun first); none
 * that matches gives RELATED_TO, and the caller keeps the words as the
 * relation's trigger.
 */
export function typeOfTrigger(words: readonly string[]): string {
  const split = words
    .flatMap((w) => w.split(/[\s_…]+/))
    .filter(Boolean)
    .map(foldWord);
  for (let i = 0; i + 1 < split.length; i++) {
    const phrase = PHRASES.find((p) => p.second === split[i + 1] && p.first.test(split[i]!));
    if (phrase) return phrase.type;
  }
  for (const w of split) {
    const type = typeOfWord(w);
    if (type) return type;
  }
  return GENERIC_TYPE;
}
