import type { AnalysedText, NerMention } from "./text.ts";

/**
 * Names the French NER cuts short. French writes a place's generic noun in
 * lower case as part of its name ("le pic de Fon", "le lac Tchad", "le mont
 * Cameroun": the peak, the lake, the mountain, not Fon, Chad or Cameroon),
 * and a body's name may end on the place it works in, before its acronym
 * ("la Mission des Nations unies au Mali (MINUSMA)"). Word lists of the
 * language, not of any article.
 */

/** Generic nouns of geography that French writes in lower case before a place's name. */
const PLACE_NOUNS = new Set(
  "pic mont monts massif lac cap col golfe île îles fleuve rivière baie détroit canal plateau désert mer océan archipel presqu'île péninsule".split(
    " ",
  ),
);
const OF = new Set(["de", "du", "des", "d'", "d’"]);
/** Prepositions before the place a body works in, as written and as CoreNLP splits them ("au" → "à le"). */
const IN = new Set(["au", "aux", "en", "à", "du", "de", "le", "les"]);

/** "pic de Fon": the place noun and its preposition taken into the place's span. */
function withPlaceNoun(analysed: AnalysedText, m: NerMention): NerMention {
  if (m.ner !== "LOCATION") return m;
  const tokens = analysed.sentences[m.sentence]?.tokens ?? [];
  let b = m.tokenBegin;
  if (b > 0 && OF.has(tokens[b - 1]!.text.toLowerCase())) b--;
  const noun = tokens[b - 1];
  if (!noun || !PLACE_NOUNS.has(noun.text)) return m;
  const start = noun.start;
  return { ...m, tokenBegin: b - 1, start, text: analysed.text.slice(start, m.end) };
}

/** An acronym in brackets right after a span: "(MINUSMA)". */
function acronymAfter(text: string, end: number): boolean {
  return /^\s*\(\s*\p{Lu}{2,}\s*\)/u.test(text.slice(end));
}

/**
 * The French NER's names, a place noun taken into the place's name, and an
 * organisation's name carried on to the place before its bracketed acronym
 * (the place stays a name of its own elsewhere in the text).
 */
export function frenchNameSpans(analysed: AnalysedText): AnalysedText {
  const ner = analysed.ner.map((m) => withPlaceNoun(analysed, m));
  const absorbed = new Set<NerMention>();
  const out = ner.map((m) => {
    if (m.ner !== "ORGANIZATION" && m.ner !== "MISC") return m;
    const tokens = analysed.sentences[m.sentence]?.tokens ?? [];
    const place = ner.find(
      (p) =>
        p.sentence === m.sentence &&
        p.ner === "LOCATION" &&
        p.tokenBegin > m.tokenEnd &&
        p.tokenBegin <= m.tokenEnd + 2 &&
        tokens.slice(m.tokenEnd, p.tokenBegin).every((t) => IN.has(t.text.toLowerCase())),
    );
    if (!place || !acronymAfter(analysed.text, place.end)) return m;
    absorbed.add(place);
    return { ...m, tokenEnd: place.tokenEnd, end: place.end, text: analysed.text.slice(m.start, place.end) };
  });
  return { ...analysed, ner: out.filter((m) => !absorbed.has(m)) };
}
