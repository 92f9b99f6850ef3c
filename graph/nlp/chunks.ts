import { splitSentences } from "../lexical/sentences.ts";

/** A stretch of a text sent to CoreNLP on its own, and where it starts in the whole text. */
export interface TextChunk {
  start: number;
  text: string;
}

/**
 * Where a paragraph ends: a blank line, or a line break after the end of a
 * sentence. A line break elsewhere is a hard wrap inside a sentence, and a
 * chunk boundary there would cut the sentence in two.
 */
const PARAGRAPH_END = /\n[ \t]*\n\s*|(?<=[.!?…:"”’»)\]][ \t]*)\r?\n\s*/g;

/** Start offsets of the text's paragraphs (the first is 0). */
function paragraphStarts(text: string): number[] {
  const starts = [0];
  for (const match of text.matchAll(PARAGRAPH_END)) {
    const next = match.index + match[0].length;
    if (next < text.length) starts.push(next);
  }
  return starts;
}

/** Pieces of a paragraph longer than a chunk: whole sentences, or (one huge sentence) cuts at a space. */
function* piecesOf(text: string, from: number, to: number, maxChars: number): Generator<number> {
  if (to - from <= maxChars) return;
  for (const sentence of splitSentences(text.slice(from, to))) {
    if (sentence.start > 0) yield from + sentence.start;
    let at = from + sentence.start;
    while (from + sentence.end - at > maxChars) {
      const space = text.lastIndexOf(" ", at + maxChars);
      at = space > at ? space + 1 : at + maxChars;
      yield at;
    }
  }
}

/**
 * Cuts a text into chunks of whole paragraphs, each at most `maxChars` long
 * (a longer paragraph is cut between sentences). The chunks cover the text
 * end to end, so an offset in a chunk plus its start is an offset in the text.
 */
export function paragraphChunks(text: string, maxChars: number): TextChunk[] {
  if (text.length <= maxChars) return [{ start: 0, text }];
  const bounds: number[] = [];
  const starts = [...paragraphStarts(text), text.length];
  for (let i = 0; i + 1 < starts.length; i++) {
    bounds.push(starts[i]!, ...piecesOf(text, starts[i]!, starts[i + 1]!, maxChars));
  }
  bounds.push(text.length);
  const chunks: TextChunk[] = [];
  let start = 0;
  for (let i = 1; i < bounds.length; i++) {
    const end = bounds[i]!;
    const next = bounds[i + 1];
    // Pack the next piece in while the chunk stays within the size.
    if (next !== undefined && next - start <= maxChars) continue;
    if (end > start) chunks.push({ start, text: text.slice(start, end) });
    start = end;
  }
  return chunks;
}
