import { useEffect, useState } from "react";
import type { ProvenanceReview } from "../../../graph/contract/provenance.ts";
import type { ProvenanceDecision } from "../../../graph/model/provenanceDecision.ts";
import { apiGet, apiPost } from "../api.ts";
import { useApiGet } from "../explorer/connection/useApiGet.ts";

function describe(p: Pick<ProvenanceReview, "wire" | "reprintOf" | "shared">): string {
  const parts = [
    p.reprintOf
      ? `Reprint of ${p.reprintOf}${p.shared === null ? "" : ` (${p.shared}% shared)`}`
      : "Not a reprint",
    p.wire ? `credited to ${p.wire}` : "credited to no agency",
  ];
  return `${parts.join("; ")}.`;
}

/**
 * Where the article's wording comes from, and the reviewer's corrections:
 * "not a reprint", "the original is …", "credited to …". The decision is kept
 * in the folder's provenance.json and wins over the detector.
 */
export function ProvenancePanel({ slug }: { slug: string }) {
  const path = `/api/articles/${encodeURIComponent(slug)}/provenance` as const;
  const [review, setReview] = useState<ProvenanceReview | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [original, setOriginal] = useState("");
  const [agency, setAgency] = useState("");
  const others = useApiGet<"drafts">("/api/drafts");

  useEffect(() => {
    const controller = new AbortController();
    apiGet<"provenance">(path, controller.signal)
      .then(setReview)
      .catch((error: unknown) => {
        if (!controller.signal.aborted) setMessage(error instanceof Error ? error.message : String(error));
      });
    return () => controller.abort();
  }, [path]);

  const decide = async (decision: ProvenanceDecision | null) => {
    setMessage("Saving…");
    try {
      setReview(await apiPost<"decideProvenance">(path, { decision }));
      setMessage(null);
    } catch (error) {
      setMessage(error instanceof Error ? error.message : String(error));
    }
  };
  const merged = (change: ProvenanceDecision) => void decide({ ...(review?.decision ?? {}), ...change });

  if (!review) return <p className="muted provenance">{message ?? "Provenance: loading…"}</p>;
  const slugs =
    others.state === "ready" ? others.data.articles.map((a) => a.slug).filter((s) => s !== slug) : [];
  return (
    <section className="provenance" aria-label="Provenance">
      <p>
        <strong>Provenance:</strong> {describe(review)}
        {review.decision && (
          <span className="muted">
            {" "}
            (the reviewer&apos;s decision; detected: {describe(review.detected)})
          </span>
        )}
      </p>
      <div className="provenance-controls">
        {review.reprintOf && (
          <button type="button" onClick={() => merged({ notReprint: true, original: undefined })}>
            Not a reprint
          </button>
        )}
        <label>
          The original is{" "}
          <select value={original} onChange={(e) => setOriginal(e.target.value)} aria-label="The original is">
            <option value="">…</option>
            {slugs.map((s) => (
              <option key={s} value={s}>
                {s}
              </option>
            ))}
          </select>
        </label>
        <button
          type="button"
          disabled={!original}
          onClick={() => merged({ original, notReprint: undefined })}
        >
          Set original
        </button>
        <label>
          Credited to{" "}
          <input
            value={agency}
            onChange={(e) => setAgency(e.target.value)}
            placeholder="AP, AFP, none"
            size={8}
            aria-label="Credited to"
          />
        </label>
        <button
          type="button"
          disabled={!agency.trim()}
          onClick={() => merged({ agency: /^none$/i.test(agency.trim()) ? null : agency.trim() })}
        >
          Set credit
        </button>
        {review.decision && (
          <button type="button" onClick={() => void decide(null)}>
            Back to the detector
          </button>
        )}
      </div>
      {message && <p role="status">{message}</p>}
    </section>
  );
}
