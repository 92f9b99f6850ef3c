import type { Span } from "../../../../graph/model/draft.ts";

/**
 * The span of the text a selection covers, given its two ends as offsets
 * into the text, trimmed of surrounding white space. Null when nothing but
 * white space is selected.
 */
export function selectionSpan(text: string, a: number, b: number): Span | null {
  let start = Math.max(0, Math.min(a, b));
  let end = Math.min(text.length, Math.max(a, b));
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  if (end <= start) return null;
  return { start, end, text: text.slice(start, end) };
}
