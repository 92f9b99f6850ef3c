import { memo } from "react";
import { relationShown } from "../state/reviewItems.ts";
import type { ListProps } from "./EntityList.tsx";
import { ItemRow, ListSection } from "./ItemRow.tsx";

/** The draft's relations as the filter shows them: subject, type, object, status, the start of the evidence. */
export const RelationList = memo(function RelationList({ draft, filter, ...row }: ListProps) {
  const names = new Map(draft.entities.map((e) => [e.id, e.name]));
  const name = (id: string) => names.get(id) ?? id;
  const shown = draft.relations.filter((r) => relationShown(filter, r, draft));
  return (
    <ListSection title="Relations" shown={shown.length} total={draft.relations.length}>
      {shown.map((relation) => (
        <ItemRow
          key={relation.id}
          item={{ kind: "relation", id: relation.id }}
          name={`${name(relation.from)} ${relation.type} ${name(relation.to)}`}
          status={relation.status}
          {...row}
        >
          <span className="item-name">
            {name(relation.from)} <b>{relation.type}</b> {name(relation.to)}
          </span>
          <span className="item-meta muted">“{relation.evidence[0]}”</span>
        </ItemRow>
      ))}
    </ListSection>
  );
});
