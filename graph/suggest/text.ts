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

export interface Sentence {
  index: number;
  start: number;
  end: number;
  tokens: Token[];
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

export interface AnalysedText {
  text: string;
  sentences: Sentence[];
  ner: NerMention[];
  values: ValueMention[];
}

const VALUE_CLASSES = new Set(["DATE", "TIME", "DURATION", "NUMBER", "PERCENT", "MONEY", "ORDINAL", "SET"]);

export function fromCoreNlp(text: string, doc: NlpDocument): AnalysedText {
  const sentences: Sentence[] = [];
  const ner: NerMention[] = [];
  const values: ValueMention[] = [];
  for (const [i, s] of doc.sentences.entries()) {
    const tokens = s.tokens.map((t) => ({
      text: text.slice(t.characterOffsetBegin, t.characterOffsetEnd),
      lemma: t.lemma.toLowerCase(),
      pos: t.pos,
      ner: t.ner,
      start: t.characterOffsetBegin,
      end: t.characterOffsetEnd,
    }));
    if (tokens.length === 0) continue;
    sentences.push({ index: i, start: tokens[0]!.start, end: tokens[tokens.length - 1]!.end, tokens });
    for (const m of s.entitymentions) {
      const base = {
        sentence: i,
        start: m.characterOffsetBegin,
        end: m.characterOffsetEnd,
        text: text.slice(m.characterOffsetBegin, m.characterOffsetEnd),
      };
      if (VALUE_CLASSES.has(m.ner)) {
        values.push({ ...base, kind: m.ner, normalized: m.normalizedNER ?? "" });
      } else {
        const confidence = Math.max(0, ...Object.values(m.nerConfidences ?? {}).filter((v) => v >= 0));
        ner.push({
          ...base,
          tokenBegin: m.tokenBegin,
          tokenEnd: m.tokenEnd,
          ner: m.ner,
          confidence: Math.min(1, confidence || 0.8),
        });
      }
    }
  }
  return { text, sentences, ner, values };
}

const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:[-'’.&][\p{L}\p{M}\p{N}]+)*|[^\s\p{L}\p{N}]/gu;

/** Sentences and word tokens without CoreNLP: no part of speech, no entity classes. */
export function plainTokens(text: string): AnalysedText {
  const sentences = splitSentences(text).map((span) => {
    const tokens: Token[] = [];
    for (const match of text.slice(span.start, span.end).matchAll(WORD)) {
      const start = span.start + (match.index ?? 0);
      tokens.push({
        text: match[0],
        lemma: match[0].toLowerCase(),
        pos: "",
        ner: "O",
        start,
        end: start + match[0].length,
      });
    }
    return { index: span.index, start: span.start, end: span.end, tokens };
  });
  return { text, sentences: sentences.filter((s) => s.tokens.length > 0), ner: [], values: [] };
}
