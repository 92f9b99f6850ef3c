import { paragraphChunks } from "../nlp/chunks.ts";
import { type AnalysedText, type NerMention, plainTokens } from "./text.ts";

/**
 * How much of a text CoreNLP reads: about 8,000 words, the whole of nearly
 * every news article. CoreNLP's full pipeline costs about a second of
 * processor per 1,000 characters here, and one server serves every user, so
 * a book-length paste (1 MB) would hold it for a quarter of an hour. Past
 * this, the text is read by the rules and for the names CoreNLP found before.
 */
export const NLP_READS_CHARS = 50_000;

/** Where CoreNLP's reading stops: the end of the last whole paragraph within the limit, or the text's end. */
export function nlpCut(text: string, limit = NLP_READS_CHARS): number {
  if (text.length <= limit) return text.length;
  return paragraphChunks(text, limit)[0]!.text.length;
}

/** A plain token without a possessive ending: CoreNLP splits "Goïta's" where the plain reading does not. */
const bare = (word: string) => word.replace(/['’]s$/u, "");

/** The names CoreNLP found (not dates or numbers), as token sequences, with their class and confidence. */
function foundNames(
  head: AnalysedText,
): Map<string, { tokens: string[]; ner: string; confidence: number }[]> {
  const byFirst = new Map<string, { tokens: string[]; ner: string; confidence: number }[]>();
  const seen = new Set<string>();
  const sentences = new Map(head.sentences.map((s) => [s.index, s]));
  for (const m of head.ner) {
    const tokens = sentences
      .get(m.sentence)
      ?.tokens.slice(m.tokenBegin, m.tokenEnd)
      .map((t) => t.text);
    if (!tokens || tokens.length === 0 || !/^\p{Lu}/u.test(tokens[0]!)) continue;
    const key = `${m.ner}|${tokens.join(" ")}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const list = byFirst.get(tokens[0]!) ?? [];
    list.push({ tokens, ner: m.ner, confidence: m.confidence });
    // The longest name is tried first ("Assimi Goïta" before "Assimi").
    list.sort((a, b) => b.tokens.length - a.tokens.length);
    byFirst.set(tokens[0]!, list);
  }
  return byFirst;
}

/**
 * Joins CoreNLP's reading of the text's head with a plain reading of its
 * tail: the tail's sentences come after the head's, and every name CoreNLP
 * found in the head is marked wherever its words recur in the tail, with the
 * same class, so the entities it named are followed to the end of the text.
 */
export function withPlainTail(
  text: string,
  head: AnalysedText,
  cut: number,
  language?: string,
): AnalysedText {
  const tail = plainTokens(text.slice(cut), language);
  const first = (head.sentences.at(-1)?.index ?? -1) + 1;
  const names = foundNames(head);
  const sentences = tail.sentences.map((s) => ({
    ...s,
    index: s.index + first,
    start: s.start + cut,
    end: s.end + cut,
    tokens: s.tokens.map((t) => ({ ...t, start: t.start + cut, end: t.end + cut })),
  }));
  const ner: NerMention[] = [];
  for (const s of sentences) {
    for (let i = 0; i < s.tokens.length; i++) {
      const found = names
        .get(bare(s.tokens[i]!.text))
        ?.find((n) => n.tokens.every((word, k) => s.tokens[i + k] && bare(s.tokens[i + k]!.text) === word));
      if (!found) continue;
      const last = s.tokens[i + found.tokens.length - 1]!;
      const end = last.start + bare(last.text).length;
      ner.push({
        sentence: s.index,
        tokenBegin: i,
        tokenEnd: i + found.tokens.length,
        start: s.tokens[i]!.start,
        end,
        text: text.slice(s.tokens[i]!.start, end),
        ner: found.ner,
        confidence: found.confidence,
      });
      i += found.tokens.length - 1;
    }
  }
  return {
    text,
    sentences: [...head.sentences, ...sentences],
    ner: [...head.ner, ...ner],
    values: head.values,
    corefs: head.corefs,
  };
}
