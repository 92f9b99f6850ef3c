import { type AnnotateOptions, annotate } from "./client.ts";
import { type TextChunk, paragraphChunks } from "./chunks.ts";
import type { NlpCorefMention, NlpDocument, NlpSentence } from "./document.ts";

/**
 * Characters CoreNLP is given at once. Measured here on 2 cores (a 40,000-
 * character text): its CPU time per character was the same (500-560 ms per
 * 1,000 characters on a loaded machine) for chunks of 1,000 to 20,000
 * characters (named entities only; parse and coreference triple it), and a
 * 50,000-character request ran past a 60 s limit; 10,000 keeps each request
 * well inside the server's limit (ANNOTATE_TIMEOUT_MS) on a busy machine.
 */
export const CHUNK_CHARS = 10_000;
/**
 * Chunks in flight at once: CoreNLP answers them on its own threads. Two at
 * once took 44 s where one at a time took 51-93 s for the same text here.
 */
export const CHUNK_CONCURRENCY = 2;

export interface ChunkedOptions extends AnnotateOptions {
  chunkChars?: number;
  concurrency?: number;
}

/** A chunk's sentences with their offsets moved to the whole text. */
function shifted(sentences: readonly NlpSentence[], by: number): NlpSentence[] {
  return sentences.map((s) => ({
    ...s,
    tokens: s.tokens.map((t) => ({
      ...t,
      characterOffsetBegin: t.characterOffsetBegin + by,
      characterOffsetEnd: t.characterOffsetEnd + by,
    })),
    entitymentions: s.entitymentions.map((m) => ({
      ...m,
      characterOffsetBegin: m.characterOffsetBegin + by,
      characterOffsetEnd: m.characterOffsetEnd + by,
    })),
  }));
}

/**
 * Annotates a text of any length: a long one goes to CoreNLP in chunks of
 * whole paragraphs, a few at a time, and the answers are joined back into
 * one document whose offsets are those of the whole text.
 */
export async function annotateLong(
  url: string,
  text: string,
  { chunkChars = CHUNK_CHARS, concurrency = CHUNK_CONCURRENCY, ...options }: ChunkedOptions = {},
): Promise<NlpDocument> {
  const chunks = paragraphChunks(text, chunkChars);
  const answers: NlpDocument[] = new Array(chunks.length);
  let next = 0;
  const lane = async () => {
    for (let i = next++; i < chunks.length; i = next++) {
      const chunk: TextChunk = chunks[i]!;
      try {
        const answer = await annotate(url, chunk.text, options);
        answers[i] = { ...answer, sentences: shifted(answer.sentences, chunk.start) };
      } catch (error) {
        next = chunks.length; // the other lanes send nothing more
        throw error;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, chunks.length) }, lane));
  // Coreference chains stay within their chunk (a pronoun is resolved within 10,000 characters):
  // their sentence numbers move by the sentences of the chunks before.
  const corefs: Record<string, NlpCorefMention[]> = {};
  let before = 0;
  answers.forEach((answer, i) => {
    for (const [id, chain] of Object.entries(answer.corefs)) {
      corefs[`${i}:${id}`] = chain.map((m) => ({ ...m, sentNum: m.sentNum + before }));
    }
    before += answer.sentences.length;
  });
  return { sentences: answers.flatMap((a) => a.sentences).map((s, index) => ({ ...s, index })), corefs };
}
