import countries from "world-countries";
import { foldName } from "../lexical/fold.ts";
import { escapeLucene } from "../lexical/lucene.ts";
import { countryNamed, countryOfDemonym } from "./demonyms.ts";
import { kindLabels, nominalLabels } from "./lexicon.ts";

/**
 * Names compared across languages by the things their words say, regardless
 * of order: "Corps africain" and "Africa Corps" both say {corps, Africa};
 * "ministère russe de la Défense" and "Russian Ministry of Defense" say
 * {Russia, defense} and a ministry. A place's adjective or demonym counts as
 * the place (from the world-countries data set, continents from the list
 * below), function words count for nothing. No library compares names this
 * way; the match is weaker than an equal name and is offered as a proposal.
 */

/** Function words of French and English names ("de la", "of the"). */
const FUNCTION_WORDS = new Set("de du des la le les l d et à au aux en of the and for in on".split(" "));

/**
 * The continents by their French and English names and adjectives: the data
 * set names countries only. "American" is left out: it names a country as often as a continent.
 */
const CONTINENTS = new Map<string, string>();
for (const [continent, words] of [
  ["Africa", "afrique africain africaine africains africaines africa african africans"],
  ["Europe", "europe europeen europeenne europeens europeennes european europeans"],
  ["Asia", "asie asiatique asiatiques asia asian asians"],
  ["Oceania", "oceanie oceanien oceanienne oceaniens oceaniennes oceania oceanian"],
] as const) {
  for (const w of words.split(" ")) CONTINENTS.set(w, continent);
}

/** One thing a name's word says: a place by its English name, or the word itself (folded), with the word as written. */
export interface NameWord {
  key: string;
  word: string;
  place?: string;
}

const MAX_COUNTRY_WORDS = 4;

/** The words of a name that say something, places as places ("Burkina Faso" one word, "malien" → Mali). */
export function nameWords(name: string): NameWord[] {
  const words = name
    .toLowerCase()
    .split(/[\s'’\-–—]+/u)
    .map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ""))
    .filter(Boolean);
  const out: NameWord[] = [];
  for (let i = 0; i < words.length; i++) {
    // The longest run of words that names a country ("burkina faso", "côte d'ivoire" as "côte ivoire" does not).
    let country: { place: string; n: number } | undefined;
    for (let n = Math.min(MAX_COUNTRY_WORDS, words.length - i); n >= 1 && !country; n--) {
      const phrase = words.slice(i, i + n).join(" ");
      const place = countryNamed(phrase, "fr") ?? (n === 1 ? countryOfDemonym(phrase) : undefined);
      if (place) country = { place, n };
    }
    if (country) {
      out.push({
        key: `place:${foldName(country.place)}`,
        word: words.slice(i, i + country.n).join(" "),
        place: country.place,
      });
      i += country.n - 1;
      continue;
    }
    const w = words[i]!;
    const folded = foldName(w);
    if (FUNCTION_WORDS.has(folded)) continue;
    const continent = CONTINENTS.get(folded);
    out.push(
      continent
        ? { key: `place:${foldName(continent)}`, word: w, place: continent }
        : { key: folded, word: w },
    );
  }
  return out;
}

/** Words that say only what kind of thing is named ("ministère", "ministry", "gouvernement", "authorities"). */
function kindOf(w: NameWord): string[] | undefined {
  if (w.place) return undefined;
  return kindLabels(w.word) ?? nominalLabels(w.word);
}

/** The kinds a set of kind words says beyond "an organisation" (a ministry and a government are both state bodies). */
function specificKinds(words: readonly NameWord[]): Set<string> {
  return new Set(words.flatMap((w) => kindOf(w) ?? []).filter((l) => l !== "Organization"));
}

/**
 * Whether a text's name and a graph's name say the same things: the same
 * word set, or the same but for kind words of one specific kind on each side
 * ("gouvernement" for "authorities"). The text's name must say at least two
 * things, one of them more than a kind.
 */
export function sameWordSet(textName: string, graphName: string): boolean {
  const a = nameWords(textName);
  const b = nameWords(graphName);
  const keysA = new Set(a.map((w) => w.key));
  const keysB = new Set(b.map((w) => w.key));
  if (keysA.size < 2) return false;
  if (![...keysA].some((k) => keysB.has(k) && !kindOf(a.find((w) => w.key === k)!))) return false;
  const restA = a.filter((w) => !keysB.has(w.key));
  const restB = b.filter((w) => !keysA.has(w.key));
  if (restA.length === 0 && restB.length === 0) return true;
  if (restA.length === 0 || restB.length === 0) return false;
  if (![...restA, ...restB].every(kindOf)) return false;
  const kindsA = specificKinds(restA);
  return [...specificKinds(restB)].some((k) => kindsA.has(k));
}

/** A country's or continent's names and adjectives in both languages, as the graph may write them. */
function placeForms(place: string): string[] {
  const country = countries.find((c) => c.name.common === place);
  const continent = [...CONTINENTS].filter(([, c]) => c === place).map(([w]) => w);
  return [
    place,
    ...continent,
    ...(country
      ? [
          country.demonyms?.eng?.m,
          country.demonyms?.eng?.f,
          country.translations?.fra?.common,
          country.demonyms?.fra?.m,
          country.demonyms?.fra?.f,
        ]
      : []),
  ].filter((f): f is string => Boolean(f));
}

/**
 * A Lucene query for graph names holding every word of the name that says
 * more than a kind, each in any of its forms ("+(mali malian malien ...)
 * +(transition)"); undefined when the name says fewer than two things.
 */
export function wordSetQuery(name: string): string | undefined {
  const words = nameWords(name);
  if (new Set(words.map((w) => w.key)).size < 2) return undefined;
  const required = words.filter((w) => !kindOf(w));
  if (required.length === 0) return undefined;
  const term = (t: string) => {
    const folded = foldName(t)
      .replace(/[^\p{L}\p{N}' -]/gu, " ")
      .trim();
    return folded.includes(" ") ? `"${escapeLucene(folded)}"` : escapeLucene(folded);
  };
  return [...new Map(required.map((w) => [w.key, w])).values()]
    .map((w) => `+(${[...new Set((w.place ? placeForms(w.place) : [w.word]).map(term))].join(" ")})`)
    .join(" ");
}
