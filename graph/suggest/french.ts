import { stemmer } from "@orama/stemmers/french";
import { ENTRIES } from "../model/vocabulary/entries.ts";
import { foldWord } from "../model/vocabulary/triggerMatch.ts";
import type { NlpDocument } from "../nlp/document.ts";
import type { NlpLanguage } from "../nlp/languages.ts";
import { frenchDates } from "./frenchDates.ts";
import { frenchNameSpans } from "./frenchSpans.ts";
import { isTitle, kindLabels } from "./lexicon.ts";
import { type AnalysedText, FRENCH_ELISION, fromCoreNlp } from "./text.ts";

/**
 * CoreNLP's French pipeline answers in its own terms: Universal POS tags
 * (PROPN, NOUN, VERB), entity classes PER, LOC, ORG and MISC, basic Universal
 * Dependencies, no lemmas and no dates. This turns its answer into the
 * analysed text the suggestion rules read for English (Penn-like tags, the
 * English pipeline's entity classes, prepositions on the arcs, dates), so
 * that one set of rules serves both languages.
 */

/** Universal POS tags as the Penn tags the rules test ("NNP", /^NN/, /^VB/). */
const PENN: Record<string, string> = {
  PROPN: "NNP",
  NOUN: "NN",
  VERB: "VB",
  AUX: "MD",
  ADJ: "JJ",
  DET: "DT",
  ADP: "IN",
  PRON: "PRP",
  NUM: "CD",
  ADV: "RB",
  CCONJ: "CC",
  SCONJ: "IN",
  PART: "RP",
  INTJ: "UH",
  PUNCT: ".",
  SYM: "SYM",
  X: "FW",
};

/** The French pipeline's entity classes as the English pipeline's (the rules map those to the graph's labels). */
const CLASSES: Record<string, string> = { PER: "PERSON", ORG: "ORGANIZATION", LOC: "LOCATION", MISC: "MISC" };

/**
 * Common nouns that French writes with a capital when they mean an
 * institution ("l'État", "l'Économie et les Finances", "la Défense"): alone,
 * they name no particular thing, whatever the NER says. A word list of the
 * language, not of any article.
 */
const CAPITALISED_COMMON_NOUNS = new Set(
  "état etat états economie économie finances finance intérieur interieur défense defense justice santé sante éducation education gouvernement parlement assemblée assemblee sénat senat armée armee présidence presidence primature trésor tresor agriculture commerce industrie énergie energie culture travail environnement affaires transports mines budget sécurité securite jeunesse sports communication administration nation république republique ministère ministere ministre président president premier cabinet conseil".split(
    " ",
  ),
);

/** A French word as the vocabulary writes it: a verb's or noun's form matched to a trigger by its stem ("signé" → "signer"). */
const TRIGGER_BY_STEM = (() => {
  const out = new Map<string, string>();
  for (const entry of ENTRIES) {
    for (const word of entry.fr) {
      const key = stemmer(foldWord(word));
      if (!out.has(key)) out.set(key, word);
    }
  }
  return out;
})();

/**
 * The lemma the rules read for a French word: CoreNLP's French pipeline has
 * no lemmatizer, so a verb or noun whose Snowball stem is a vocabulary
 * trigger's takes that trigger ("a signé" → "signer", "dirige" → "diriger");
 * any other word is itself, lower-cased.
 */
export function frenchLemma(word: string): string {
  const folded = foldWord(word);
  return TRIGGER_BY_STEM.get(stemmer(folded)) ?? word.toLowerCase();
}

const NEGATIONS = new Set(["pas", "jamais"]);

/** An elided preposition as written in full: "d'" → "de", "jusqu’" → "jusque". */
function unelided(word: string): string {
  return word.replace(/^(\p{L}+)['’]$/u, "$1e");
}

/** "obl" with its preposition ("obl:avec"), as English enhanced++ arcs carry it; "par" under a passive is the agent. */
function withPrepositions(doc: NlpDocument): NlpDocument {
  return {
    ...doc,
    sentences: doc.sentences.map((s) => {
      const words = s.tokens.map((t) => t.word.toLowerCase());
      const arcs =
        s.enhancedPlusPlusDependencies.length > 0 ? s.enhancedPlusPlusDependencies : s.basicDependencies;
      const caseOf = new Map<number, string>();
      for (const a of arcs) if (a.dep === "case") caseOf.set(a.governor, words[a.dependent - 1] ?? "");
      const passive = new Set(arcs.filter((a) => a.dep.endsWith(":pass")).map((a) => a.governor));
      return {
        ...s,
        enhancedPlusPlusDependencies: arcs.map((a) => {
          // French UD tells arguments from modifiers ("obl:arg", "obl:mod"); the rules read the preposition instead.
          const kind = /^(obl|nmod)(?::mod|:arg)?$/.exec(a.dep)?.[1];
          if (!kind) return a;
          const word = caseOf.get(a.dependent);
          if (!word) return { ...a, dep: kind };
          const prep = unelided(word);
          if (prep === "par" && kind === "obl" && passive.has(a.governor)) return { ...a, dep: "obl:agent" };
          return { ...a, dep: `${kind}:${prep.replace(/\s+/g, "_")}` };
        }),
      };
    }),
  };
}

/** A named-entity mention that is an institution's common noun alone ("État"), or a plain noun by its tag. */
function commonNounAlone(doc: NlpDocument, sentence: number, tokenBegin: number, tokenEnd: number): boolean {
  const tokens = doc.sentences[sentence]?.tokens.slice(tokenBegin, tokenEnd) ?? [];
  if (tokens.length !== 1) return false;
  const token = tokens[0]!;
  return token.pos === "NOUN" || CAPITALISED_COMMON_NOUNS.has(token.word.toLowerCase());
}

/**
 * A mention the NER calls MISC whose first word says it is an institution
 * ("Gouvernement de transition malien", "Commission électorale nationale"):
 * an organisation, as the English NER would call it.
 */
function institution(
  doc: NlpDocument,
  sentence: number,
  m: { ner: string; tokenBegin: number; tokenEnd: number },
) {
  if (m.ner !== "MISC" || m.tokenEnd - m.tokenBegin < 2) return false;
  const first = doc.sentences[sentence]?.tokens[m.tokenBegin];
  return !!first && (kindLabels(first.word.toLowerCase()) ?? []).includes("Organization");
}

/** The French answer in the English answer's terms (see above). */
function asEnglish(doc: NlpDocument): NlpDocument {
  const prepared = withPrepositions(doc);
  return {
    ...prepared,
    sentences: prepared.sentences.map((s, i) => ({
      ...s,
      tokens: s.tokens.map((t) => ({
        ...t,
        pos: PENN[t.pos] ?? t.pos,
        // "ne … pas", "n'a jamais": the rules read a negation from an advmod whose lemma is "not".
        lemma: NEGATIONS.has(t.word.toLowerCase())
          ? "not"
          : t.pos === "VERB"
            ? frenchLemma(t.word)
            : t.word.toLowerCase(),
        ner: CLASSES[t.ner] ?? t.ner,
      })),
      entitymentions: s.entitymentions
        .filter((m) => !commonNounAlone(doc, i, m.tokenBegin, m.tokenEnd))
        .map((m) => ({ ...m, ner: institution(doc, i, m) ? "ORGANIZATION" : (CLASSES[m.ner] ?? m.ner) })),
    })),
  };
}

/** Quotation marks the French NER takes into a name ("« Corps africain"): never part of it. */
const QUOTES_BEFORE = /^(?:[«»"“”‹›]\s*)+/u;
const QUOTES_AFTER = /(?:\s*[«»"“”‹›])+$/u;
/** A title and its preposition before a body's name ("Président du Conseil de sécurité"): the name is what follows. */
const TITLE_OF = /^(\p{L}+)\s+(?:de la|de l['’]|du|des|de|d['’])\s*(?=\p{Lu})/u;

/**
 * A mention's span without what is not the name: an elided article or
 * preposition glued to its front ("l'Ukraine" → "Ukraine"), quotation marks
 * around it, and a title before the name of a body that the text also names
 * alone ("le Président du Conseil de sécurité" where "le Conseil de sécurité"
 * is named too; "le ministre de la Défense" stays, "Défense" alone names nothing).
 */
function withoutElision(analysed: AnalysedText): AnalysedText {
  const named = new Set(analysed.ner.map((m) => m.text.replace(QUOTES_BEFORE, "").replace(QUOTES_AFTER, "")));
  return {
    ...analysed,
    ner: analysed.ner.map((m) => {
      // "l'Ukraine", "d'Afrique": the elided word is never part of the entity's span.
      const elided = FRENCH_ELISION.exec(m.text)?.[1] ?? "";
      const rest = m.text.slice(elided.length);
      const quoted = QUOTES_BEFORE.exec(rest)?.[0] ?? "";
      const title = TITLE_OF.exec(rest.slice(quoted.length));
      const body = title && isTitle(title[1]!) ? rest.slice(quoted.length + title[0].length) : undefined;
      const titled = body !== undefined && named.has(body.replace(QUOTES_AFTER, "")) ? title![0].length : 0;
      const cut = elided.length + quoted.length + titled;
      const end = m.text.length - (QUOTES_AFTER.exec(m.text.slice(cut))?.[0].length ?? 0);
      if (cut === 0 && end === m.text.length) return m;
      return { ...m, start: m.start + cut, end: m.start + end, text: m.text.slice(cut, end) };
    }),
  };
}

/** The analysed text of a French CoreNLP answer, with the dates the rules read from it. */
export function fromFrenchCoreNlp(text: string, doc: NlpDocument, referenceDate?: string): AnalysedText {
  const analysed = frenchNameSpans(withoutElision(fromCoreNlp(text, asEnglish(doc))));
  const dates = frenchDates(analysed, referenceDate);
  // A date's words are DATE tokens, as in English: the grammar takes them into a relation's evidence.
  for (const sentence of analysed.sentences) {
    for (const token of sentence.tokens) {
      if (dates.some((d) => d.start <= token.start && token.end <= d.end)) token.ner = "DATE";
    }
  }
  return { ...analysed, values: [...analysed.values, ...dates], language: "fr" };
}

/** The analysed text of a CoreNLP answer in the language it was asked in. */
export function fromCoreNlpIn(
  language: NlpLanguage,
  text: string,
  doc: NlpDocument,
  referenceDate?: string,
): AnalysedText {
  return language === "fr" ? fromFrenchCoreNlp(text, doc, referenceDate) : fromCoreNlp(text, doc);
}
