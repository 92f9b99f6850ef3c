import { useCallback, useState } from "react";
import type { DraftVersion, PublishResponse } from "../../../../graph/contract/review.ts";
import { ApiError, apiPost } from "../../api.ts";
import { type PlacedProblems, placeProblems } from "../state/problems.ts";

export type PublishState =
  | { kind: "idle" }
  | { kind: "publishing" }
  | { kind: "published"; result: PublishResponse }
  | { kind: "refused"; message: string; problems: PlacedProblems | null };

/** Publishes the saved draft: pending edits are saved first, and the publish names the version they got. */
export function usePublish(slug: string, flush: () => Promise<DraftVersion | null>) {
  const [state, setState] = useState<PublishState>({ kind: "idle" });
  const publish = useCallback(async () => {
    setState({ kind: "publishing" });
    const version = await flush();
    if (version === null) {
      setState({
        kind: "refused",
        message: "The draft could not be saved, so it was not published.",
        problems: null,
      });
      return;
    }
    try {
      const result = await apiPost<"publish">(`/api/articles/${encodeURIComponent(slug)}/publish`, {
        baseVersion: version,
      });
      setState({ kind: "published", result });
    } catch (error) {
      const problems = error instanceof ApiError ? error.detail?.problems : undefined;
      setState({
        kind: "refused",
        message: error instanceof Error ? error.message : String(error),
        problems: problems ? placeProblems(problems) : null,
      });
    }
  }, [slug, flush]);
  return { state, publish };
}
