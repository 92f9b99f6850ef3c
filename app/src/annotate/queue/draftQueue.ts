import type { ReviewSummary } from "../../../../graph/contract/review.ts";

/** A draft not yet published as it stands: never published, or edited since. */
const unpublished = (a: ReviewSummary) => a.state !== "published";

/**
 * The next draft with items left to review after the current one, in the
 * list's order (newest first), going round to the start; null when no other
 * draft has work left.
 */
export function nextWithWork(list: readonly ReviewSummary[], current: string): ReviewSummary | null {
  const at = list.findIndex((a) => a.slug === current);
  for (let step = 1; step <= list.length; step++) {
    const candidate = list[(at + step + list.length) % list.length]!;
    if (candidate.slug !== current && unpublished(candidate) && candidate.counts.suggested > 0)
      return candidate;
  }
  return null;
}

/** The drafts whose every item has been judged, and that are not published as they stand. */
export function reviewedDrafts(list: readonly ReviewSummary[]): ReviewSummary[] {
  return list.filter((a) => unpublished(a) && a.counts.suggested === 0);
}
