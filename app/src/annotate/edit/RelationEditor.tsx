import type { Dispatch } from "react";
import type { Draft, DraftRelation } from "../../../../graph/model/draft.ts";
import type { RelationChange } from "../state/draftEdits.ts";
import type { ReviewAction } from "../state/reviewReducer.ts";
import { EditorHeader } from "./EditorHeader.tsx";
import { EntitySelect } from "./EntitySelect.tsx";
import { PropertiesEditor } from "./PropertiesEditor.tsx";
import { RelationTypeSelect } from "./RelationTypeSelect.tsx";

/** One relation: status, type (from the vocabulary, by family), direction, ends, properties, evidence. */
export function RelationEditor({
  relation,
  draft,
  dispatch,
}: {
  relation: DraftRelation;
  draft: Draft;
  dispatch: Dispatch<ReviewAction>;
}) {
  const id = relation.id;
  const update = (change: RelationChange) => dispatch({ type: "updateRelation", id, change });
  return (
    <section className="item-editor" aria-label={`Relation ${relation.id}`}>
      <EditorHeader
        item={{ kind: "relation", id }}
        title={relation.type}
        name={relation.id}
        review={relation}
        dispatch={dispatch}
      >
        {relation.trigger ? ` · from “${relation.trigger}”` : ""}
      </EditorHeader>
      <EntitySelect
        label="Subject"
        draft={draft}
        value={relation.from}
        onChange={(from) => update({ from })}
      />
      <RelationTypeSelect value={relation.type} onChange={(type) => update({ type })} />
      <EntitySelect label="Object" draft={draft} value={relation.to} onChange={(to) => update({ to })} />
      <button type="button" onClick={() => dispatch({ type: "swap", id })}>
        Swap direction
      </button>
      <PropertiesEditor properties={relation.properties} onChange={(properties) => update({ properties })} />
      <fieldset>
        <legend>Evidence</legend>
        {relation.evidence.map((quote, i) => (
          <blockquote key={i}>“{quote}”</blockquote>
        ))}
      </fieldset>
    </section>
  );
}
