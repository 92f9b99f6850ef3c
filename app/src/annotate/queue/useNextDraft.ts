import { useCallback, useState } from "react";
import type { DraftVersion } from "../../../../graph/contract/review.ts";
import { apiGet } from "../../api.ts";
import { annotateHref } from "../../shell/annotateUrl.ts";
import { nextWithWork } from "./draftQueue.ts";

/**
 * Goes on to the next draft with items left to review: the current one's
 * edits are saved first, then the list is read as it is now.
 */
export function useNextDraft(slug: string, flush: () => Promise<DraftVersion | null>) {
  const [message, setMessage] = useState<string | null>(null);
  const go = useCallback(async () => {
    setMessage("Opening the next draft…");
    if ((await flush()) === null) return setMessage("Save the draft first.");
    try {
      const next = nextWithWork((await apiGet<"drafts">("/api/drafts")).articles, slug);
      if (!next) return setMessage("No other draft has items left to review.");
      window.location.assign(annotateHref(next.slug));
    } catch (error) {
      setMessage(error instanceof Error ? error.message : String(error));
    }
  }, [slug, flush]);
  return { go, message };
}
