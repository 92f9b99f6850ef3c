import { type Dispatch, memo } from "react";
import type { Draft } from "../../../../graph/model/draft.ts";
import { labelColor } from "../../explorer/style/palette.ts";
import type { ItemRef } from "../state/draftEdits.ts";
import { itemKey, type PlacedProblems } from "../state/problems.ts";
import type { ReviewAction } from "../state/reviewReducer.ts";
import { entityShown, type ReviewFilter } from "../state/reviewItems.ts";
import { ProblemList } from "./ProblemList.tsx";
import { StatusButtons } from "./StatusButtons.tsx";

/** The draft's entities as the filter shows them: colour, name, labels, mentions, status. */
export const EntityList = memo(function EntityList({
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
  const shown = draft.entities.filter((e) => entityShown(filter, e));
  return (
    <section className="review-list" aria-label="Entities">
      <h3>
        Entities{" "}
        <span className="muted">
          ({shown.length} of {draft.entities.length})
        </span>
      </h3>
      <ul>
        {shown.map((entity) => {
          const item: ItemRef = { kind: "entity", id: entity.id };
          const isSelected = selected?.kind === "entity" && selected.id === entity.id;
          const found = problems?.byItem.get(itemKey("entity", entity.id));
          return (
            <li
              key={entity.id}
              aria-label={entity.name}
              aria-current={isSelected ? "true" : undefined}
              className={`review-item ${entity.status}${isSelected ? " selected" : ""}${found ? " has-problem" : ""}`}
              onClick={() => dispatch({ type: "select", item })}
            >
              <span className="swatch" style={{ background: labelColor(entity.labels[0] ?? "") }} />
              <span className="item-name">{entity.name}</span>
              <span className="item-meta muted">
                {entity.labels.join(", ")} · {entity.mentions.length}×{entity.existing ? " · in graph" : ""}
              </span>
              <StatusButtons item={item} status={entity.status} name={entity.name} dispatch={dispatch} />
              {found && <ProblemList messages={found} />}
            </li>
          );
        })}
      </ul>
    </section>
  );
});
