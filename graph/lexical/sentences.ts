/**
 * Sentence splitting with the runtime's ICU segmenter. Line breaks in the
 * article fall mid-sentence, and ICU always breaks at a line break, so they
 * are read as spaces (same length, offsets unchanged) before segmenting.
 */
export interface SentenceSpan {
  index: number;
  start: number;
  end: number;
  /** The sentence with its line breaks shown as spaces. */
  text: string;
}

/**
 * Characters segmented at once. V8's segmenter takes time that grows with the
 * square of the text it is given (a 400 KB text took seconds, 800 KB over ten),
 * so a long text is segmented a window at a time; this is the windowing no
 * library does for us.
 */
const WINDOW = 16_384;
/** Segments at a window's end that are segmented again with the next window, in case the text after changes them. */
const REDO = 2;

interface Segment {
  start: number;
  text: string;
}

function* segmentsOf(flat: string, language: string): Generator<Segment> {
  const segmenter = new Intl.Segmenter(language, { granularity: "sentence" });
  let from = 0;
  let size = WINDOW;
  while (from < flat.length) {
    const last = from + size >= flat.length;
    const window = flat.slice(from, last ? flat.length : from + size);
    const found = [...segmenter.segment(window)].map(({ segment, index }) => ({
      start: from + index,
      text: segment,
    }));
    if (!last && found.length < 2) {
      // One sentence longer than the window: take a wider one.
      size *= 2;
      continue;
    }
    // Keep the segments the rest of the text cannot change; the next window
    // starts where the first segment held back begins.
    const keep = last ? found.length : Math.max(1, found.length - REDO);
    yield* found.slice(0, keep);
    if (last) return;
    from = found[keep]!.start;
    size = WINDOW;
  }
}

export function splitSentences(article: string, language = "en"): SentenceSpan[] {
  const flat = article.replace(/\r\n|\r|\n/g, (m) => " ".repeat(m.length));
  const spans: SentenceSpan[] = [];
  for (const segment of segmentsOf(flat, language)) {
    const lead = segment.text.length - segment.text.trimStart().length;
    const body = segment.text.trim();
    if (body === "") continue;
    const start = segment.start + lead;
    spans.push({ index: spans.length, start, end: start + body.length, text: body });
  }
  return spans;
}

/** Position of the first sentence that ends after `offset` (sentences are in text order). */
function firstEndingAfter(sentences: readonly SentenceSpan[], offset: number): number {
  let low = 0;
  let high = sentences.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (sentences[mid]!.end <= offset) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** The sentence that holds the character at `offset`, if any (binary search). */
export function sentenceAt(sentences: readonly SentenceSpan[], offset: number): SentenceSpan | undefined {
  const s = sentences[firstEndingAfter(sentences, offset)];
  return s && s.start <= offset ? s : undefined;
}

/** The sentences a span of the article overlaps. */
export function sentencesOverlapping(
  sentences: readonly SentenceSpan[],
  start: number,
  end: number,
): SentenceSpan[] {
  const found: SentenceSpan[] = [];
  for (let i = firstEndingAfter(sentences, start); i < sentences.length && sentences[i]!.start < end; i++) {
    found.push(sentences[i]!);
  }
  return found;
}
