import { useState } from "react";
import type { ReviewSummary } from "../../../../graph/contract/review.ts";
import { type PublishedOutcome, publishReviewed } from "./publishReviewed.ts";
import { reviewedDrafts } from "./draftQueue.ts";

/** "Publish all reviewed": every draft with nothing left to review, each on its own, with its outcome. */
export function PublishReviewed({
  articles,
  onDone,
}: {
  articles: readonly ReviewSummary[];
  onDone(): void;
}) {
  const [outcomes, setOutcomes] = useState<PublishedOutcome[] | null>(null);
  const [running, setRunning] = useState(false);
  const ready = reviewedDrafts(articles);
  const run = async () => {
    setRunning(true);
    setOutcomes([]);
    await publishReviewed(ready, (o) => setOutcomes((seen) => [...(seen ?? []), o]));
    setRunning(false);
  };
  const published = outcomes?.filter((o) => o.refusal === null).length ?? 0;
  return (
    <section className="publish-reviewed" aria-label="Publish all reviewed">
      <button type="button" disabled={running || ready.length === 0} onClick={() => void run()}>
        {running ? "Publishing…" : `Publish all reviewed (${ready.length})`}
      </button>
      {outcomes && !running && (
        <p role="status">
          {published} published, {outcomes.length - published} not published.{" "}
          <button type="button" className="link" onClick={onDone}>
            Refresh the list
          </button>
        </p>
      )}
      {outcomes && outcomes.some((o) => o.refusal) && (
        <ul aria-label="Not published">
          {outcomes
            .filter((o) => o.refusal)
            .map((o) => (
              <li key={o.slug}>
                {o.title}: {o.refusal}
              </li>
            ))}
        </ul>
      )}
    </section>
  );
}
