import type { Dispatch, ReactNode } from "react";
import type { ReviewStatus } from "../../../../graph/model/draft.ts";
import type { ItemRef } from "../../shell/annotateUrl.ts";
import { itemKey, type PlacedProblems } from "../state/problems.ts";
import type { ReviewAction } from "../state/reviewReducer.ts";
import { sameItem } from "../state/reviewItems.ts";
import { ProblemList } from "./ProblemList.tsx";
import { StatusButtons } from "./StatusButtons.tsx";

/** One item of a review list: its status buttons, the problems publishing found with it; a click selects it. */
export function ItemRow({
  item,
  name,
  status,
  selected,
  problems,
  dispatch,
  children,
}: {
  item: ItemRef;
  name: string;
  status: ReviewStatus;
  selected: ItemRef | null;
  problems: PlacedProblems | null;
  dispatch: Dispatch<ReviewAction>;
  children: ReactNode;
}) {
  const isSelected = sameItem(item, selected);
  const found = problems?.byItem.get(itemKey(item.kind, item.id));
  return (
    <li
      aria-label={name}
      aria-current={isSelected ? "true" : undefined}
      className={`review-item ${status}${isSelected ? " selected" : ""}${found ? " has-problem" : ""}`}
      onClick={() => dispatch({ type: "select", item })}
    >
      {children}
      <StatusButtons item={item} status={status} name={name} dispatch={dispatch} />
      {found && <ProblemList messages={found} />}
    </li>
  );
}

/** A review list's frame: its title with how many items the filter shows. */
export function ListSection({
  title,
  shown,
  total,
  children,
}: {
  title: string;
  shown: number;
  total: number;
  children: ReactNode;
}) {
  return (
    <section className="review-list" aria-label={title}>
      <h3>
        {title}{" "}
        <span className="muted">
          ({shown} of {total})
        </span>
      </h3>
      <ul>{children}</ul>
    </section>
  );
}
