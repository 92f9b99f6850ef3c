import type { Dispatch, ReactNode } from "react";
import type { ReviewStatus } from "../../../../graph/model/draft.ts";
import { StatusButtons } from "../lists/StatusButtons.tsx";
import type { ItemRef } from "../../shell/annotateUrl.ts";
import type { ReviewAction } from "../state/reviewReducer.ts";

/** The top of an item's editor: its title and status buttons, then where it came from. */
export function EditorHeader({
  item,
  title,
  name,
  review,
  dispatch,
  children,
}: {
  item: ItemRef;
  title: string;
  /** The item as the status buttons name it. */
  name: string;
  review: { status: ReviewStatus; engine: string; score: number };
  dispatch: Dispatch<ReviewAction>;
  children?: ReactNode;
}) {
  return (
    <>
      <header>
        <h3>{title}</h3>
        <StatusButtons item={item} status={review.status} name={name} dispatch={dispatch} />
      </header>
      <p className="muted">
        {review.status} · {review.engine} · score {review.score.toFixed(2)}
        {children}
      </p>
    </>
  );
}
