import type { EvidenceSentence } from "../../contract/explorer.ts";

export type Highlight = EvidenceSentence["highlights"][number];

export interface SentenceSpan {
  /** Offsets of the sentence in the article text. */
  start: number;
  end: number;
}

/**
 * Where the evidence quotes fall inside one sentence: every occurrence of each
 * quote in the article text (quotes are verbatim) that overlaps the sentence,
 * clipped to it, as offsets into the sentence text. A quote that runs over two
 * sentences is highlighted in both.
 */
export function quoteHighlights(
  articleText: string,
  sentence: SentenceSpan,
  quotes: readonly string[],
  owner: string,
): Highlight[] {
  const out: Highlight[] = [];
  for (const quote of quotes) {
    if (quote === "") continue;
    for (let at = articleText.indexOf(quote); at >= 0; at = articleText.indexOf(quote, at + 1)) {
      const start = Math.max(at, sentence.start);
      const end = Math.min(at + quote.length, sentence.end);
      if (start < end) {
        out.push({
          start: start - sentence.start,
          end: end - sentence.start,
          entity: owner,
          kind: "evidence",
        });
      }
    }
  }
  return out;
}

/** Mention offsets (parallel start/end lists) as highlights of one entity. */
export function mentionHighlights(starts: number[], ends: number[], entity: string): Highlight[] {
  return starts.map((start, i) => ({ start, end: ends[i] ?? start, entity, kind: "mention" as const }));
}

export function byPosition(a: { start: number; end: number }, b: { start: number; end: number }): number {
  return a.start - b.start || a.end - b.end;
}
