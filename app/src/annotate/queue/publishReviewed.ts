import { apiGet, apiPost } from "../../api.ts";
import type { ReviewSummary } from "../../../../graph/contract/review.ts";

export interface PublishedOutcome {
  slug: string;
  title: string;
  /** null: published; otherwise the refusal's sentence. */
  refusal: string | null;
}

/**
 * Publishes each reviewed draft on its own, one after the other, at the
 * version it is read at now: a refusal (a problem in the draft, a change
 * made meanwhile) leaves that one unpublished with its reason, and the rest go on.
 */
export async function publishReviewed(
  drafts: readonly ReviewSummary[],
  onOutcome: (outcome: PublishedOutcome) => void,
): Promise<PublishedOutcome[]> {
  const outcomes: PublishedOutcome[] = [];
  for (const { slug, title } of drafts) {
    const id = encodeURIComponent(slug);
    let refusal: string | null = null;
    try {
      const document = await apiGet<"draft">(`/api/articles/${id}/draft`);
      await apiPost<"publish">(`/api/articles/${id}/publish`, { baseVersion: document.version });
    } catch (error) {
      refusal = error instanceof Error ? error.message : String(error);
    }
    const outcome = { slug, title, refusal };
    outcomes.push(outcome);
    onOutcome(outcome);
  }
  return outcomes;
}
