import type { Dispatch } from "react";
import type { Draft, DraftRelation } from "../../../../graph/model/draft.ts";
import type { RelationChange } from "../state/draftEdits.ts";
import type { ReviewAction } from "../state/reviewReducer.ts";
import { relationType } from "../state/relationType.ts";
import { CommitInput } from "./CommitInput.tsx";
import { EditorHeader } from "./EditorHeader.tsx";
import { EntitySelect } from "./EntitySelect.tsx";
import { PropertiesEditor } from "./PropertiesEditor.tsx";

/** One relation: status, type (with the graph's and the draft's types offered), direction, ends, properties, evidence. */
export function RelationEditor({
  relation,
  draft,
  typesListId,
  dispatch,
}: {
  relation: DraftRelation;
  draft: Draft;
  /** The id of the datalist of relationship types. */
  typesListId: string;
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
      <label>
        Type
        <CommitInput
          value={relation.type}
          list={typesListId}
          onCommit={(text) => {
            const type = relationType(text);
            if (type) update({ type });
          }}
        />
      </label>
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
