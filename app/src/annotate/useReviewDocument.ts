import { useCallback, useEffect, useState } from "react";
import type { ReviewDocument } from "../../../graph/contract/review.ts";
import { apiGet } from "../api.ts";
import { isAbort } from "../shell/connection/connection.ts";

export type DocumentState =
  { state: "loading" } | { state: "ready"; document: ReviewDocument } | { state: "failed"; message: string };

/**
 * The article under review, read once (not again after an outage, which
 * would throw away the edits on the page); `reload` reads it again.
 */
export function useReviewDocument(slug: string): { resource: DocumentState; reload(): void } {
  const [resource, setResource] = useState<DocumentState>({ state: "loading" });
  const [round, setRound] = useState(0);
  useEffect(() => {
    const controller = new AbortController();
    apiGet<"draft">(`/api/articles/${encodeURIComponent(slug)}/draft`, controller.signal)
      .then((document) => setResource({ state: "ready", document }))
      .catch((error: unknown) => {
        if (isAbort(error)) return;
        setResource({ state: "failed", message: error instanceof Error ? error.message : String(error) });
      });
    return () => controller.abort();
  }, [slug, round]);
  const reload = useCallback(() => {
    setResource({ state: "loading" });
    setRound((r) => r + 1);
  }, []);
  return { resource, reload };
}
