import type { Dispatch } from "react";
import type { ReviewStatus } from "../../../../graph/model/draft.ts";
import type { ItemRef } from "../state/draftEdits.ts";
import type { ReviewAction } from "../state/reviewReducer.ts";

/** Accept and reject one item; pressing the current state's button again makes it a suggestion again. */
export function StatusButtons({
  item,
  status,
  name,
  dispatch,
}: {
  item: ItemRef;
  status: ReviewStatus;
  name: string;
  dispatch: Dispatch<ReviewAction>;
}) {
  const set = (next: ReviewStatus) =>
    dispatch({ type: "status", item, status: status === next ? "suggested" : next });
  return (
    <span className="status-buttons">
      <button
        type="button"
        aria-pressed={status === "accepted"}
        aria-label={`Accept ${name}`}
        title="Accept (a)"
        onClick={(e) => {
          e.stopPropagation();
          set("accepted");
        }}
      >
        ✓
      </button>
      <button
        type="button"
        aria-pressed={status === "rejected"}
        aria-label={`Reject ${name}`}
        title="Reject (r)"
        onClick={(e) => {
          e.stopPropagation();
          set("rejected");
        }}
      >
        ✗
      </button>
    </span>
  );
}
