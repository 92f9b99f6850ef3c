import type { ItemProblem } from "../contract/errorCodes.ts";
import type { Draft, Span } from "../model/draft.ts";

function clip(text: string, max = 40): string {
  return JSON.stringify(text.length > max ? `${text.slice(0, max - 1)}…` : text);
}

/** True when offset `at` falls between the two halves of a surrogate pair: the span would cut one character in two. */
function splitsPair(text: string, at: number): boolean {
  if (at <= 0 || at >= text.length) return false;
  const before = text.charCodeAt(at - 1);
  const after = text.charCodeAt(at);
  return before >= 0xd800 && before <= 0xdbff && after >= 0xdc00 && after <= 0xdfff;
}

/** Why a span does not stand for the text at its offsets, or undefined when it does. */
function spanMismatch(text: string, span: Span): string | undefined {
  if (span.end > text.length) return `ends at ${span.end}, after the end of the text (${text.length})`;
  for (const [edge, at] of [
    ["starts", span.start],
    ["ends", span.end],
  ] as const) {
    if (splitsPair(text, at))
      return `${edge} at ${at}, inside a character written as two code units (an emoji or a rare letter)`;
  }
  const actual = text.slice(span.start, span.end);
  if (actual !== span.text)
    return `says ${clip(span.text)} but the text at ${span.start}–${span.end} is ${clip(actual)}`;
  return undefined;
}

/**
 * Checks that every mention and every evidence span is the text at its
 * offsets, and that each evidence quote is its span's text: what makes a
 * quote verbatim. One problem per item, naming it.
 */
export function spanProblems(text: string, draft: Draft): ItemProblem[] {
  const problems: ItemProblem[] = [];
  for (const entity of draft.entities) {
    entity.mentions.forEach((mention, i) => {
      const why = spanMismatch(text, mention);
      if (why) problems.push({ item: `entities "${entity.id}"`, message: `mention ${i + 1} ${why}.` });
    });
  }
  for (const relation of draft.relations) {
    const item = `relations "${relation.id}"`;
    if (relation.evidence.length !== relation.evidenceSpans.length) {
      problems.push({
        item,
        message: `has ${relation.evidence.length} evidence quotes but ${relation.evidenceSpans.length} evidence spans.`,
      });
      continue;
    }
    relation.evidenceSpans.forEach((span, i) => {
      const why = spanMismatch(text, span);
      if (why) problems.push({ item, message: `evidence span ${i + 1} ${why}.` });
      else if (relation.evidence[i] !== span.text) {
        problems.push({
          item,
          message: `evidence quote ${i + 1} is not the text of its span ${clip(span.text)}.`,
        });
      }
    });
  }
  return problems;
}
