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

export function splitSentences(article: string, language = "en"): SentenceSpan[] {
  const flat = article.replace(/\r\n|\r|\n/g, (m) => " ".repeat(m.length));
  const segmenter = new Intl.Segmenter(language, { granularity: "sentence" });
  const spans: SentenceSpan[] = [];
  for (const { segment, index } of segmenter.segment(flat)) {
    const lead = segment.length - segment.trimStart().length;
    const body = segment.trim();
    if (body === "") continue;
    const start = index + lead;
    spans.push({ index: spans.length, start, end: start + body.length, text: body });
  }
  return spans;
}

/** The sentences a span of the article overlaps. */
export function sentencesOverlapping(
  sentences: readonly SentenceSpan[],
  start: number,
  end: number,
): SentenceSpan[] {
  return sentences.filter((s) => s.start < end && start < s.end);
}
