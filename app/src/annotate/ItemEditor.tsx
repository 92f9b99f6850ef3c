import type { Dispatch } from "react";
import type { Draft } from "../../../graph/model/draft.ts";
import { EntityEditor } from "./edit/EntityEditor.tsx";
import { RelationEditor } from "./edit/RelationEditor.tsx";
import type { ItemRef } from "../shell/annotateUrl.ts";
import type { ReviewAction } from "./state/reviewReducer.ts";

/** The editor of the selected item, or a hint when nothing is selected. */
export function ItemEditor({
  draft,
  selected,
  dispatch,
}: {
  draft: Draft;
  selected: ItemRef | null;
  dispatch: Dispatch<ReviewAction>;
}) {
  if (selected?.kind === "entity") {
    const entity = draft.entities.find((e) => e.id === selected.id);
    if (entity) return <EntityEditor key={entity.id} entity={entity} draft={draft} dispatch={dispatch} />;
  }
  if (selected?.kind === "relation") {
    const relation = draft.relations.find((r) => r.id === selected.id);
    if (relation)
      return <RelationEditor key={relation.id} relation={relation} draft={draft} dispatch={dispatch} />;
  }
  return (
    <p className="muted">
      Choose an entity or a relation in the lists, or select words in the text to make an entity, a mention or
      a relation of them.
    </p>
  );
}
