import { type Dispatch, useState } from "react";
import { ENTITY_LABELS } from "../../../../graph/model/annotation.ts";
import { isPlace } from "../../../../graph/places/locate.ts";
import { LocationPart } from "../location/LocationPart.tsx";
import type { Draft, DraftEntity } from "../../../../graph/model/draft.ts";
import type { EntityChange } from "../state/draftEdits.ts";
import type { ReviewAction } from "../state/reviewReducer.ts";
import { CommitInput } from "./CommitInput.tsx";
import { EditorHeader } from "./EditorHeader.tsx";
import { GraphEntityPicker } from "./GraphEntityPicker.tsx";
import { MentionSplit } from "./MentionSplit.tsx";
import { PropertiesEditor } from "./PropertiesEditor.tsx";

/** Everything about one entity: status, name, labels, aliases, properties, its link to the graph, merge and split. */
export function EntityEditor({
  entity,
  draft,
  dispatch,
}: {
  entity: DraftEntity;
  draft: Draft;
  dispatch: Dispatch<ReviewAction>;
}) {
  const [mergeWith, setMergeWith] = useState("");
  const id = entity.id;
  const others = draft.entities.filter((e) => e.id !== id);
  const update = (change: EntityChange) => dispatch({ type: "updateEntity", id, change });

  return (
    <section className="item-editor" aria-label={`Entity ${entity.name}`}>
      <EditorHeader
        item={{ kind: "entity", id }}
        title={entity.name}
        name={entity.name}
        review={entity}
        dispatch={dispatch}
      >
        {" · "}
        {entity.existing ? `in the graph as ${id}` : `new (${id})`}
      </EditorHeader>
      <label>
        Name
        <CommitInput value={entity.name} onCommit={(name) => name.trim() && update({ name: name.trim() })} />
      </label>
      <fieldset className="labels">
        <legend>Labels</legend>
        {ENTITY_LABELS.map((label) => (
          <label key={label} className="check">
            <input
              type="checkbox"
              checked={entity.labels.includes(label)}
              onChange={(e) => {
                const labels = e.target.checked
                  ? [...entity.labels, label]
                  : entity.labels.filter((l) => l !== label);
                if (labels.length > 0) update({ labels });
              }}
            />
            {label}
          </label>
        ))}
      </fieldset>
      <label>
        Aliases (comma-separated)
        <CommitInput
          value={entity.aliases.join(", ")}
          onCommit={(text) =>
            update({
              aliases: text
                .split(",")
                .map((a) => a.trim())
                .filter(Boolean),
            })
          }
        />
      </label>
      {isPlace(entity.labels) && (
        <LocationPart entity={entity} onChange={(location) => update({ location })} />
      )}
      <PropertiesEditor properties={entity.properties} onChange={(properties) => update({ properties })} />
      <fieldset>
        <legend>Link to a graph entity</legend>
        {entity.candidates.length > 0 && (
          <p>
            Might be:{" "}
            {entity.candidates.map((c) => (
              <button
                key={c.id}
                type="button"
                onClick={() =>
                  dispatch({
                    type: "link",
                    id,
                    graph: { id: c.id, name: c.name, labels: entity.labels },
                  })
                }
              >
                {c.name} ({c.id})
              </button>
            ))}
          </p>
        )}
        <GraphEntityPicker
          label="Link to graph entity"
          onChoose={(graph) => dispatch({ type: "link", id, graph })}
        />
      </fieldset>
      <fieldset>
        <legend>Merge</legend>
        <select aria-label="Merge into" value={mergeWith} onChange={(e) => setMergeWith(e.target.value)}>
          <option value="">Merge this entity into…</option>
          {others.map((e) => (
            <option key={e.id} value={e.id}>
              {e.name} ({e.id})
            </option>
          ))}
        </select>
        <button
          type="button"
          disabled={!mergeWith}
          onClick={() => {
            dispatch({ type: "merge", from: id, into: mergeWith });
            setMergeWith("");
          }}
        >
          Merge
        </button>
      </fieldset>
      <MentionSplit entity={entity} dispatch={dispatch} />
    </section>
  );
}
