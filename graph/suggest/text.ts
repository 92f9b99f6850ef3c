import type { NlpDocument } from "../nlp/document.ts";
import { splitSentences } from "../lexical/sentences.ts";

/**
 * The suggestions work on one token model whichever engine produced it:
 * CoreNLP's tokens with part of speech, lemma and entity class, or, when
 * CoreNLP is unavailable, plain word tokens with none of those.
 */
export interface Token {
  text: string;
  /** Lower-case base form ("signed" → "sign"); the lower-cased text when unknown. */
  lemma: string;
  /** Penn Treebank tag, or "" when unknown. */
  pos: string;
  /** CoreNLP's entity class, or "O". */
  ner: string;
  start: number;
  end: number;
}

/** A grammatical relation between two tokens of a sentence (indices into its tokens; -1 is the root). */
export interface Arc {
  /** Universal Dependencies label, enhanced++ ("nsubj", "obj", "obl:with", "nmod:poss"). */
  label: string;
  head: number;
  dependent: number;
}

export interface Sentence {
  index: number;
  start: number;
  end: number;
  tokens: Token[];
  /** The sentence's dependency parse; empty when no parser read it. */
  arcs: Arc[];
}

/** A value CoreNLP recognised: a date, a number, a percentage or an amount. */
export interface ValueMention {
  sentence: number;
  start: number;
  end: number;
  text: string;
  kind: string;
  normalized: string;
}

/** A named-entity mention as CoreNLP (or the fallback) found it. */
export interface NerMention {
  sentence: number;
  tokenBegin: number;
  tokenEnd: number;
  start: number;
  end: number;
  text: string;
  ner: string;
  confidence: number;
}

/** A stretch of text in a coreference chain, and how it names the thing (a name, a description, a pronoun). */
export interface CorefMention {
  sentence: number;
  start: number;
  end: number;
  kind: "PROPER" | "NOMINAL" | "PRONOMINAL" | "LIST";
  representative: boolean;
}

export interface AnalysedText {
  text: string;
  sentences: Sentence[];
  ner: NerMention[];
  values: ValueMention[];
  /** Chains of mentions that CoreNLP's coreference takes for one thing; empty without it. */
  corefs: CorefMention[][];
  /** The language the text was read as, when not English ("fr"). */
  language?: string;
}

const VALUE_CLASSES = new Set(["DATE", "TIME", "DURATION", "NUMBER", "PERCENT", "MONEY", "ORDINAL", "SET"]);

/** A token that is only a quotation mark. */
const QUOTE_MARK = /^(?:[«»“”"„]|``|'')$/;

export function fromCoreNlp(text: string, doc: NlpDocument): AnalysedText {
  const sentences: Sentence[] = [];
  const ner: NerMention[] = [];
  const values: ValueMention[] = [];
  for (const [i, s] of doc.sentences.entries()) {
    const tokens = s.tokens.map((t) => ({
      text: text.slice(t.characterOffsetBegin, t.characterOffsetEnd),
      lemma: (t.lemma ?? t.word).toLowerCase(),
      pos: t.pos,
      ner: t.ner,
      start: t.characterOffsetBegin,
      end: t.characterOffsetEnd,
    }));
    if (tokens.length === 0) continue;
    const arcs = s.enhancedPlusPlusDependencies.map((d) => ({
      label: d.dep,
      head: d.governor - 1,
      dependent: d.dependent - 1,
    }));
    sentences.push({ index: i, start: tokens[0]!.start, end: tokens[tokens.length - 1]!.end, tokens, arcs });
    for (const m of s.entitymentions) {
      // A quotation mark the NER took in at either end ("« Corps africain") is not part of the name.
      let first = m.tokenBegin;
      let last = m.tokenEnd;
      while (first < last - 1 && QUOTE_MARK.test(tokens[first]?.text ?? "")) first++;
      while (last - 1 > first && QUOTE_MARK.test(tokens[last - 1]?.text ?? "")) last--;
      const start = first === m.tokenBegin ? m.characterOffsetBegin : tokens[first]!.start;
      const end = last === m.tokenEnd ? m.characterOffsetEnd : tokens[last - 1]!.end;
      const base = { sentence: i, start, end, text: text.slice(start, end) };
      if (VALUE_CLASSES.has(m.ner)) {
        const kind = m.ner === "DATE" && isClockTime(text, base.text, base.end) ? "TIME" : m.ner;
        values.push({ ...base, kind, normalized: m.normalizedNER ?? "" });
      } else {
        const confidence = Math.max(0, ...Object.values(m.nerConfidences ?? {}).filter((v) => v >= 0));
        ner.push({
          ...base,
          tokenBegin: first,
          tokenEnd: last,
          ner: m.ner,
          confidence: Math.min(1, confidence || 0.8),
        });
      }
    }
  }
  return { text, sentences, ner, values, corefs: corefChains(doc) };
}

/** A time zone or clock word after a number: "1100 GMT", "0830 UTC", "1400 hrs", "1830 heure locale". */
const CLOCK_AFTER = /^\s*(?:GMT|UTC|Z\b|Zulu|hrs?\b|hours\b|h\b|local time|heure)/iu;

/**
 * Whether a four-digit DATE is a clock time written without a colon, as wire
 * copy does ("at 1100 GMT"): CoreNLP's SUTime reads it as the year 1100.
 */
export function isClockTime(text: string, mention: string, end: number): boolean {
  return /^\d{4}$/.test(mention.trim()) && CLOCK_AFTER.test(text.slice(end, end + 20));
}

const COREF_KINDS = new Set(["PROPER", "NOMINAL", "PRONOMINAL", "LIST"]);

function corefChains(doc: NlpDocument): CorefMention[][] {
  const chains: CorefMention[][] = [];
  for (const chain of Object.values(doc.corefs)) {
    const mentions: CorefMention[] = [];
    for (const m of chain) {
      const tokens = doc.sentences[m.sentNum - 1]?.tokens;
      const first = tokens?.[m.startIndex - 1];
      const last = tokens?.[m.endIndex - 2];
      if (!first || !last || !COREF_KINDS.has(m.type)) continue;
      mentions.push({
        sentence: m.sentNum - 1,
        start: first.characterOffsetBegin,
        end: last.characterOffsetEnd,
        kind: m.type as CorefMention["kind"],
        representative: m.isRepresentativeMention,
      });
    }
    if (mentions.length > 1) chains.push(mentions);
  }
  return chains;
}

const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:[-'’.&][\p{L}\p{M}\p{N}]+)*|[^\s\p{L}\p{N}]/gu;

/** An elided word glued to the next in French ("l'armée", "d'Afrique", "qu'il"): a token of its own. */
export const FRENCH_ELISION = /^((?:l|d|j|m|n|s|t|c|qu|jusqu|lorsqu|puisqu|quoiqu|presqu)['’])(?=\p{L})/iu;

/**
 * Sentences and word tokens without CoreNLP: no part of speech, no entity
 * classes. In French an elided article or pronoun is split from its word.
 */
export function plainTokens(text: string, language?: string): AnalysedText {
  const french = language?.toLowerCase().startsWith("fr") ?? false;
  const sentences = splitSentences(text).map((span) => {
    const tokens: Token[] = [];
    for (const match of text.slice(span.start, span.end).matchAll(WORD)) {
      const start = span.start + (match.index ?? 0);
      const elided = french ? FRENCH_ELISION.exec(match[0])?.[1] : undefined;
      if (elided) {
        tokens.push({
          text: elided,
          lemma: elided.toLowerCase(),
          pos: "",
          ner: "O",
          start,
          end: start + elided.length,
        });
        const rest = match[0].slice(elided.length);
        const from = start + elided.length;
        tokens.push({
          text: rest,
          lemma: rest.toLowerCase(),
          pos: "",
          ner: "O",
          start: from,
          end: from + rest.length,
        });
        continue;
      }
      tokens.push({
        text: match[0],
        lemma: match[0].toLowerCase(),
        pos: "",
        ner: "O",
        start,
        end: start + match[0].length,
      });
    }
    return { index: span.index, start: span.start, end: span.end, tokens, arcs: [] };
  });
  return {
    text,
    sentences: sentences.filter((s) => s.tokens.length > 0),
    ner: [],
    values: [],
    corefs: [],
    ...(french ? { language: "fr" } : {}),
  };
}
