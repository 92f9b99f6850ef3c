import type { Draft, DraftEntity, ReviewStatus, Span } from "../../../../graph/model/draft.ts";
import * as edit from "./draftEdits.ts";
import { record, redo, undo } from "../../shell/history.ts";
import type { ItemRef } from "../../shell/annotateUrl.ts";
import type { EntityChange, GraphEntity, RelationChange } from "./draftEdits.ts";

/**
 * The Annotate view's state: the draft with its undo and redo stacks, and the
 * selected item (not part of the history: undo never moves the selection by
 * itself).
 */
export interface ReviewState {
  draft: Draft;
  past: Draft[];
  future: Draft[];
  selected: ItemRef | null;
}

export type DraftAction =
  | { type: "status"; item: ItemRef; status: ReviewStatus }
  | { type: "updateEntity"; id: string; change: EntityChange }
  | { type: "updateRelation"; id: string; change: RelationChange }
  | { type: "swap"; id: string }
  | { type: "merge"; from: string; into: string }
  | { type: "link"; id: string; graph: GraphEntity }
  | { type: "split"; id: string; mentions: Span[] }
  | { type: "addEntity"; entity: DraftEntity }
  | { type: "addMention"; id: string; span: Span }
  | { type: "addRelation"; relationType: string; from: string; to: string; span: Span }
  | { type: "published"; published: Draft["published"] }
  | { type: "language"; language: string };

export type ReviewAction =
  | DraftAction
  | { type: "undo" }
  | { type: "redo" }
  | { type: "select"; item: ItemRef | null }
  /** Another version of the draft replaces this one (a conflict settled, suggest run again): history starts over. */
  | { type: "replace"; draft: Draft };

/** Enough steps back for a long session without keeping every draft ever. */
const HISTORY = 200;

export function initialReview(draft: Draft, selected: ItemRef | null = null): ReviewState {
  return { draft, past: [], future: [], selected };
}

function applyEdit(draft: Draft, action: DraftAction): { draft: Draft; selected?: ItemRef } {
  switch (action.type) {
    case "status":
      return { draft: edit.setStatus(draft, action.item, action.status) };
    case "updateEntity":
      return { draft: edit.updateEntity(draft, action.id, action.change) };
    case "updateRelation":
      return { draft: edit.updateRelation(draft, action.id, action.change) };
    case "swap":
      return { draft: edit.swapDirection(draft, action.id) };
    case "merge":
      return {
        draft: edit.mergeEntities(draft, action.from, action.into),
        selected: { kind: "entity", id: action.into },
      };
    case "link":
      return {
        draft: edit.linkEntity(draft, action.id, action.graph),
        selected: { kind: "entity", id: action.graph.id },
      };
    case "split": {
      const next = edit.splitEntity(draft, action.id, action.mentions);
      const created = next.entities.at(-1);
      return next === draft || !created
        ? { draft }
        : { draft: next, selected: { kind: "entity", id: created.id } };
    }
    case "addEntity":
      return {
        draft: edit.addEntity(draft, action.entity),
        selected: { kind: "entity", id: action.entity.id },
      };
    case "addMention":
      return {
        draft: edit.addMention(draft, action.id, action.span),
        selected: { kind: "entity", id: action.id },
      };
    case "published":
      return { draft: edit.setPublished(draft, action.published) };
    case "language":
      return { draft: edit.setLanguage(draft, action.language) };
    case "addRelation": {
      const next = edit.addRelation(draft, action.relationType, action.from, action.to, action.span);
      return { draft: next, selected: { kind: "relation", id: next.relations.at(-1)!.id } };
    }
  }
}

export function reviewReducer(state: ReviewState, action: ReviewAction): ReviewState {
  switch (action.type) {
    case "select":
      return { ...state, selected: action.item };
    case "replace":
      return { ...state, draft: action.draft, past: [], future: [] };
    case "undo":
    case "redo": {
      const step = action.type === "undo" ? undo : redo;
      const { past, present, future } = step({
        past: state.past,
        present: state.draft,
        future: state.future,
      });
      return present === state.draft ? state : { ...state, draft: present, past, future };
    }
    default: {
      const { draft, selected } = applyEdit(state.draft, action);
      if (draft === state.draft) return selected ? { ...state, selected } : state;
      const { past, future } = record(
        { past: state.past, present: state.draft, future: state.future },
        draft,
        HISTORY,
      );
      return { draft, past, future, selected: selected ?? state.selected };
    }
  }
}
