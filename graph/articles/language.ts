import { eld } from "eld/medium";

/** What the text's own words say about its language. */
export interface DetectedLanguage {
  /** ISO 639-1 code of the language most of the text is written in. */
  language: string;
  /** Its share of the text's letters, 0-1 (a text mixing languages has several). */
  share: number;
  /** The other languages found, with their shares, largest first. */
  others: { language: string; share: number }[];
}

/** Enough of a long text to tell its language (a 1 MB text is not read whole). */
const SAMPLE_CHARS = 20_000;
/** A paragraph shorter than this (a dateline, a byline) says too little alone: it is judged with the text. */
const MIN_PARAGRAPH_LETTERS = 40;

function letters(text: string): number {
  return text.match(/\p{L}/gu)?.length ?? 0;
}

/**
 * The language of a text, by ELD's n-gram detector (a well-kept library:
 * no language identification is written here). Each paragraph is judged on
 * its own and weighted by its letters, so that a text mixing languages gets
 * the one most of it is written in, and the others are reported. Undefined
 * when the text has too few letters to tell.
 */
export function detectLanguage(text: string): DetectedLanguage | undefined {
  const sample = text.slice(0, SAMPLE_CHARS);
  const weights = new Map<string, number>();
  let short = "";
  for (const paragraph of sample.split(/\n\s*\n|\n(?=\S)/)) {
    if (letters(paragraph) < MIN_PARAGRAPH_LETTERS) {
      short += ` ${paragraph}`;
      continue;
    }
    const found = eld.detect(paragraph).language;
    if (found) weights.set(found, (weights.get(found) ?? 0) + letters(paragraph));
  }
  if (weights.size === 0) {
    // Only short pieces (a headline, a pasted sentence): judged together, if reliably.
    const result = eld.detect(short.trim());
    if (!result.language || (letters(short) < MIN_PARAGRAPH_LETTERS && !result.isReliable()))
      return undefined;
    return { language: result.language, share: 1, others: [] };
  }
  const total = [...weights.values()].reduce((a, b) => a + b, 0);
  const ranked = [...weights.entries()]
    .map(([language, weight]) => ({ language, share: Math.round((weight / total) * 100) / 100 }))
    .sort((a, b) => b.share - a.share);
  const [first, ...others] = ranked;
  return { language: first!.language, share: first!.share, others };
}

/** The phrase the add prints about a detected language ("fr, detected from the text; 20% of it en"). */
export function detectedPhrase(found: DetectedLanguage): string {
  const mixed = found.others.map((o) => `${Math.round(o.share * 100)}% of it ${o.language}`).join(", ");
  return `language "${found.language}" detected from the text${mixed ? ` (${mixed})` : ""}`;
}
