import { type Dispatch, useState } from "react";
import { ENTITY_LABELS, type EntityLabel } from "../../../../graph/model/annotation.ts";
import type { Draft, Span } from "../../../../graph/model/draft.ts";
import { EntitySelect } from "../edit/EntitySelect.tsx";
import { GraphEntityPicker } from "../edit/GraphEntityPicker.tsx";
import { newEntity } from "../state/draftEdits.ts";
import { relationType } from "../state/relationType.ts";
import type { ReviewAction } from "../state/reviewReducer.ts";

/**
 * What selected words can become: a new entity, a mention of an entity of
 * this article or of the graph, or the evidence of a new relation. The quote
 * is always the selection itself; nothing here lets a quote be typed.
 */
export function SelectionPanel({
  span,
  draft,
  typesListId,
  dispatch,
  onDone,
}: {
  span: Span;
  draft: Draft;
  typesListId: string;
  dispatch: Dispatch<ReviewAction>;
  onDone(): void;
}) {
  const [label, setLabel] = useState<EntityLabel>("Organization");
  const [mentionOf, setMentionOf] = useState("");
  const [subject, setSubject] = useState("");
  const [object, setObject] = useState("");
  const [typed, setTyped] = useState("");
  const type = relationType(typed);
  const act = (action: ReviewAction) => {
    dispatch(action);
    onDone();
  };

  return (
    <section className="selection-panel" aria-label="Selected text">
      <header>
        <h3>Selected</h3>
        <button type="button" onClick={onDone} aria-label="Clear the selection">
          ×
        </button>
      </header>
      <blockquote>“{span.text}”</blockquote>
      <fieldset>
        <legend>New entity</legend>
        <select
          aria-label="Label of the new entity"
          value={label}
          onChange={(e) => setLabel(e.target.value as EntityLabel)}
        >
          {ENTITY_LABELS.map((l) => (
            <option key={l}>{l}</option>
          ))}
        </select>
        <button
          type="button"
          onClick={() => act({ type: "addEntity", entity: newEntity(draft, span.text, [label], [span]) })}
        >
          New entity
        </button>
      </fieldset>
      <fieldset>
        <legend>Mention of…</legend>
        <EntitySelect
          label="An entity of this article"
          draft={draft}
          value={mentionOf}
          onChange={setMentionOf}
        />
        <button
          type="button"
          disabled={!mentionOf}
          onClick={() => act({ type: "addMention", id: mentionOf, span })}
        >
          Add mention
        </button>
        <GraphEntityPicker
          label="Mention of a graph entity"
          onChoose={(graph) => {
            if (draft.entities.some((e) => e.id === graph.id))
              return act({ type: "addMention", id: graph.id, span });
            const created = {
              ...newEntity(draft, graph.name, graph.labels, [span]),
              id: graph.id,
              existing: true,
            };
            act({ type: "addEntity", entity: created });
          }}
        />
      </fieldset>
      <fieldset>
        <legend>New relation with this evidence</legend>
        <EntitySelect label="Subject" draft={draft} value={subject} onChange={setSubject} />
        <label>
          Type
          <input
            list={typesListId}
            value={typed}
            onChange={(e) => setTyped(e.target.value)}
            placeholder="SIGNED_WITH"
          />
        </label>
        <EntitySelect label="Object" draft={draft} value={object} onChange={setObject} />
        <button
          type="button"
          disabled={!subject || !object || !type || subject === object}
          onClick={() =>
            type && act({ type: "addRelation", relationType: type, from: subject, to: object, span })
          }
        >
          New relation
        </button>
      </fieldset>
    </section>
  );
}
