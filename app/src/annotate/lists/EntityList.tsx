import { type Dispatch, memo } from "react";
import type { Draft } from "../../../../graph/model/draft.ts";
import { labelColor } from "../../shell/palette.ts";
import type { ItemRef } from "../../shell/annotateUrl.ts";
import type { PlacedProblems } from "../state/problems.ts";
import type { ReviewAction } from "../state/reviewReducer.ts";
import { entityShown, type ReviewFilter } from "../state/reviewItems.ts";
import { ItemRow, ListSection } from "./ItemRow.tsx";

export interface ListProps {
  draft: Draft;
  filter: ReviewFilter;
  selected: ItemRef | null;
  problems: PlacedProblems | null;
  dispatch: Dispatch<ReviewAction>;
}

/** The draft's entities as the filter shows them: colour, name, labels, mentions, status. */
export const EntityList = memo(function EntityList({ draft, filter, ...row }: ListProps) {
  const shown = draft.entities.filter((e) => entityShown(filter, e));
  return (
    <ListSection title="Entities" shown={shown.length} total={draft.entities.length}>
      {shown.map((entity) => (
        <ItemRow
          key={entity.id}
          item={{ kind: "entity", id: entity.id }}
          name={entity.name}
          status={entity.status}
          {...row}
        >
          <span className="swatch" style={{ background: labelColor(entity.labels[0] ?? "") }} />
          <span className="item-name">{entity.name}</span>
          <span className="item-meta muted">
            {entity.labels.join(", ")} · {entity.mentions.length}×{entity.existing ? " · in graph" : ""}
          </span>
        </ItemRow>
      ))}
    </ListSection>
  );
});
