import { type Dispatch, memo } from "react";
import type { Draft } from "../../../../graph/model/draft.ts";
import type { ItemRef } from "../state/draftEdits.ts";
import { itemKey, type PlacedProblems } from "../state/problems.ts";
import type { ReviewAction } from "../state/reviewReducer.ts";
import { type ReviewFilter, relationShown } from "../state/reviewItems.ts";
import { ProblemList } from "./ProblemList.tsx";
import { StatusButtons } from "./StatusButtons.tsx";

/** The draft's relations as the filter shows them: subject, type, object, status, the start of the evidence. */
export const RelationList = memo(function RelationList({
  draft,
  filter,
  selected,
  problems,
  dispatch,
}: {
  draft: Draft;
  filter: ReviewFilter;
  selected: ItemRef | null;
  problems: PlacedProblems | null;
  dispatch: Dispatch<ReviewAction>;
}) {
  const names = new Map(draft.entities.map((e) => [e.id, e.name]));
  const shown = draft.relations.filter((r) => relationShown(filter, r, draft));
  return (
    <section className="review-list" aria-label="Relations">
      <h3>
        Relations{" "}
        <span className="muted">
          ({shown.length} of {draft.relations.length})
        </span>
      </h3>
      <ul>
        {shown.map((relation) => {
          const item: ItemRef = { kind: "relation", id: relation.id };
          const isSelected = selected?.kind === "relation" && selected.id === relation.id;
          const found = problems?.byItem.get(itemKey("relation", relation.id));
          const title = `${names.get(relation.from) ?? relation.from} ${relation.type} ${names.get(relation.to) ?? relation.to}`;
          return (
            <li
              key={relation.id}
              aria-label={title}
              aria-current={isSelected ? "true" : undefined}
              className={`review-item ${relation.status}${isSelected ? " selected" : ""}${found ? " has-problem" : ""}`}
              onClick={() => dispatch({ type: "select", item })}
            >
              <span className="item-name">
                {names.get(relation.from) ?? relation.from} <b>{relation.type}</b>{" "}
                {names.get(relation.to) ?? relation.to}
              </span>
              <span className="item-meta muted">“{relation.evidence[0]}”</span>
              <StatusButtons item={item} status={relation.status} name={title} dispatch={dispatch} />
              {found && <ProblemList messages={found} />}
            </li>
          );
        })}
      </ul>
    </section>
  );
});
