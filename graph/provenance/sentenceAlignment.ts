import { ownWording, plainWords } from "./shingles.ts";

/**
 * Sentences of two texts matched in order. An agency's story edited by a
 * site keeps the agency's sentences in the agency's order, each perhaps
 * reworded a little (a number written out, a clause cut, a word swapped), so
 * that few of its five-word shingles survive while most of its sentences are
 * still recognisable one by one. Two independent reports of one event share a
 * set phrase or a fact here and there, in any order; a statement both quote is
 * left out with the other long quotations before the sentences are cut.
 *
 * Written by hand: the alignment is a longest common subsequence over at most
 * a few dozen sentences, with a sentence-level match no library offers.
 */

/** A sentence this short ("He said so.") matches too easily to count. */
const MIN_SENTENCE_WORDS = 6;
/** Share of the shorter sentence's word triples found in the other for two sentences to match. */
const SENTENCE_MATCH = 0.4;

/** Sentence ends: after a full stop, a question or exclamation mark or a closing quotation mark before a capital; paragraph ends. */
const SENTENCE_END = /(?<=[.!?…»"”])\s+(?=[\p{Lu}«"“])|\n+/u;

/**
 * A sentence as its word count and its distinct runs of three words: a word
 * changed here and there leaves most of them, while two sentences on one
 * subject share a name or a set phrase but few triples.
 */
export interface Sentence {
  words: number;
  triples: Set<string>;
}

/** The sentences of a text's own wording (no furniture, no long quotation), as word triples. */
export function sentencesOf(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  for (const passage of ownWording(text).split(SENTENCE_END)) {
    const words = plainWords(passage);
    if (words.length < MIN_SENTENCE_WORDS) continue;
    const triples = new Set<string>();
    for (let i = 2; i < words.length; i++) triples.add(`${words[i - 2]} ${words[i - 1]} ${words[i]}`);
    sentences.push({ words: words.length, triples });
  }
  return sentences;
}

function matches(a: Sentence, b: Sentence): boolean {
  const [small, large] = a.triples.size <= b.triples.size ? [a.triples, b.triples] : [b.triples, a.triples];
  let shared = 0;
  for (const triple of small) if (large.has(triple)) shared++;
  return shared >= SENTENCE_MATCH * small.size;
}

/** What an ordered alignment of two texts' sentences found. */
export interface Alignment {
  /** Sentences matched in order. */
  sentences: number;
  /** Percent (0-100, integer) of the shorter text's sentence words that are in matched sentences. */
  shared: number;
}

/** The longest run of sentences of a matched in order by sentences of b (gaps allowed on both sides). */
export function alignSentences(a: readonly Sentence[], b: readonly Sentence[]): Alignment {
  // cells[i][j]: the best alignment of a's first i sentences with b's first j, as
  // [sentences matched, words of a matched, words of b matched].
  type Cell = readonly [number, number, number];
  let previous: Cell[] = Array.from({ length: b.length + 1 }, () => [0, 0, 0] as const);
  for (let i = 1; i <= a.length; i++) {
    const row: Cell[] = [[0, 0, 0]];
    for (let j = 1; j <= b.length; j++) {
      let best = previous[j]!;
      if (row[j - 1]![0] > best[0]) best = row[j - 1]!;
      const diagonal = previous[j - 1]!;
      if (diagonal[0] + 1 > best[0] && matches(a[i - 1]!, b[j - 1]!))
        best = [diagonal[0] + 1, diagonal[1] + a[i - 1]!.words, diagonal[2] + b[j - 1]!.words];
      row.push(best);
    }
    previous = row;
  }
  const [sentences, wordsOfA, wordsOfB] = previous[b.length]!;
  const total = (s: readonly Sentence[]) => s.reduce((sum, x) => sum + x.words, 0);
  const [ta, tb] = [total(a), total(b)];
  const shorter = ta <= tb ? [wordsOfA, ta] : [wordsOfB, tb];
  return { sentences, shared: shorter[1] === 0 ? 0 : Math.round((100 * shorter[0]!) / shorter[1]!) };
}
