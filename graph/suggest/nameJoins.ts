import type { SuggestedMention } from "./mentions.ts";

/**
 * Joins of named mentions that the general short-form rules leave apart,
 * working on the groups keyed by folded name (see cluster.ts).
 */

const MINOR_WORDS = new Set(["of", "the", "and", "for", "de", "du", "des", "la", "le", "on", "in", "&"]);

/**
 * The initials of a name's words, minor words aside ("international monetary fund" → "imf"); each
 * piece of a hyphenated word gives its own ("asia-pacific economic cooperation" → "apec").
 */
export function initials(folded: string): string {
  return folded
    .split(/[ -]/)
    .filter((w) => w && !MINOR_WORDS.has(w))
    .map((w) => w[0])
    .join("");
}

/** An acronym's letters in order, to compare with initials in another order. */
export const sortedLetters = (letters: string) => [...letters].sort().join("");

const PLACE_LABELS = new Set(["Country", "City", "Place", "Region"]);
const isPlace = (m: SuggestedMention) => m.labels.some((l) => PLACE_LABELS.has(l));

/** French prepositions that carry a body's name on after its head ("Conseil de sécurité des Nations unies"). */
const FRENCH_OF = new Set(["de", "des", "du", "d'"]);

/**
 * A French name of several words joins the one longer name it begins when
 * that name goes on with "de", "des" or "du": French puts the head first,
 * so "Conseil de sécurité" is the short form of "Conseil de sécurité des
 * Nations unies" (English would say "Security Council" for "UN Security Council").
 */
export function joinFrenchLeadingNames(named: Map<string, SuggestedMention[]>): void {
  const keys = [...named.keys()];
  for (const short of keys) {
    if (!short.includes(" ") || !named.has(short)) continue;
    const longer = keys.filter((k) => {
      if (k === short || !named.has(k) || !k.startsWith(`${short} `)) return false;
      const next = k.slice(short.length + 1).split(/(?<=')|\s/)[0]!;
      return FRENCH_OF.has(next);
    });
    if (longer.length === 1) {
      named.get(longer[0]!)!.push(...named.get(short)!);
      named.delete(short);
    }
  }
}

/**
 * An acronym written in brackets right after a name ("Mission des Nations
 * Unies au Mali (MINUSMA)") is that name's acronym, whatever its letters:
 * it joins the name's group. `text` is the article the offsets point into.
 */
export function joinBracketedAcronyms(named: Map<string, SuggestedMention[]>, text: string): void {
  const groupAt = new Map<number, string>();
  for (const [k, ms] of named) for (const m of ms) groupAt.set(m.end, k);
  for (const [short, ms] of [...named]) {
    if (short.includes(" ") || !named.has(short)) continue;
    const first = ms[0]!;
    const written = first.name ?? first.text;
    if (written.length < 2 || !/^\p{Lu}+$/u.test(written)) continue;
    for (const m of ms) {
      // A place before the bracket is where the body works ("au Mali (MINUSMA)"), not what the acronym names.
      const open = text.lastIndexOf("(", m.start);
      if (open < 0 || text.slice(open + 1, m.start) !== "" || text[m.end] !== ")") continue;
      const before = text.slice(0, open).trimEnd().length;
      const long = groupAt.get(before);
      if (!long || long === short || !named.has(long) || named.get(long)!.some(isPlace)) continue;
      named.get(long)!.push(...named.get(short)!);
      named.delete(short);
      break;
    }
  }
}

/**
 * A French capitalised noun alone after its determiner ("le Conseil", a
 * described mention by its head) is the short form of the one name the text
 * gives that begins with it ("Conseil de sécurité ..."): it joins that name.
 * Returns the described mentions that joined none.
 */
export function joinCapitalisedHeads(
  named: Map<string, SuggestedMention[]>,
  nominals: readonly SuggestedMention[],
  key: (text: string) => string,
): SuggestedMention[] {
  return nominals.filter((m) => {
    const head = key(m.text);
    if (head.includes(" ") || !/^\p{Lu}/u.test(m.text.replace(/^\S+\s+|^l['’]/u, ""))) return true;
    const longer = [...named.keys()].filter((k) => k.startsWith(`${head} `));
    if (longer.length !== 1) return true;
    named.get(longer[0]!)!.push(m);
    return false;
  });
}
