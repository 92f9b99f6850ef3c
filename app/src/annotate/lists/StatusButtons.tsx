import type { Dispatch } from "react";
import type { ReviewStatus } from "../../../../graph/model/draft.ts";
import type { ItemRef } from "../../shell/annotateUrl.ts";
import type { ReviewAction } from "../state/reviewReducer.ts";

const BUTTONS = [
  { status: "accepted", verb: "Accept", sign: "✓", key: "a" },
  { status: "rejected", verb: "Reject", sign: "✗", key: "r" },
] as const;

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
  return (
    <span className="status-buttons">
      {BUTTONS.map((b) => (
        <button
          key={b.status}
          type="button"
          aria-pressed={status === b.status}
          aria-label={`${b.verb} ${name}`}
          title={`${b.verb} (${b.key})`}
          onClick={(e) => {
            e.stopPropagation();
            dispatch({ type: "status", item, status: status === b.status ? "suggested" : b.status });
          }}
        >
          {b.sign}
        </button>
      ))}
    </span>
  );
}
