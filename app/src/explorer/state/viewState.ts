import type { GraphJson, GraphNode, GraphRelationship } from "../../../../graph/model/graphJson.ts";
import { noTimeFilter, sameFilter, type TimeFilter } from "../time/timeFilter.ts";
import { type History, startHistory, record, redo, undo } from "../../shell/history.ts";

/**
 * What the user has put on screen: the nodes and relationships of the view,
 * which nodes were expanded and which are pinned, and the time filter.
 * Positions, hover, legend filters and selection live elsewhere (they are not
 * undoable view changes).
 */
export interface ViewData {
  nodes: Record<string, GraphNode>;
  relationships: Record<string, GraphRelationship>;
  expanded: string[];
  pinned: string[];
  timeFilter: TimeFilter;
}

export type ViewHistory = History<ViewData>;

export type ViewAction =
  | { type: "add"; graph: GraphJson }
  | { type: "replace"; graph: GraphJson; expanded?: string[]; pinned?: string[]; timeFilter?: TimeFilter }
  | { type: "timeFilter"; filter: TimeFilter }
  | { type: "expand"; ids: string[]; graph: GraphJson }
  | { type: "collapse"; id: string }
  | { type: "hide"; ids: string[] }
  | { type: "pin"; id: string; pinned: boolean }
  | { type: "undo" }
  | { type: "redo" };

/** How many view changes undo remembers. */
export const HISTORY_LIMIT = 100;

export const emptyView: ViewData = {
  nodes: {},
  relationships: {},
  expanded: [],
  pinned: [],
  timeFilter: noTimeFilter,
};

export const initialHistory: ViewHistory = startHistory(emptyView);

/** The view with the graph's nodes and relationships added (a relationship needs both ends). */
export function addGraph(view: ViewData, graph: GraphJson): ViewData {
  const nodes = { ...view.nodes };
  for (const node of graph.nodes) nodes[node.id] = node;
  const relationships = { ...view.relationships };
  for (const rel of graph.relationships) {
    if (nodes[rel.start] && nodes[rel.end]) relationships[rel.id] = rel;
  }
  return { ...view, nodes, relationships };
}

/** The view without the given nodes and the relationships that touch them. */
export function removeNodes(view: ViewData, ids: Iterable<string>): ViewData {
  const gone = new Set(ids);
  if (gone.size === 0) return view;
  const nodes = Object.fromEntries(Object.entries(view.nodes).filter(([id]) => !gone.has(id)));
  const relationships = Object.fromEntries(
    Object.entries(view.relationships).filter(([, r]) => !gone.has(r.start) && !gone.has(r.end)),
  );
  return {
    ...view,
    nodes,
    relationships,
    expanded: view.expanded.filter((id) => !gone.has(id)),
    pinned: view.pinned.filter((id) => !gone.has(id)),
  };
}

/** Ids of the nodes linked to `id` in the view. */
export function neighbours(view: ViewData, id: string): Set<string> {
  const result = new Set<string>();
  for (const rel of Object.values(view.relationships)) {
    if (rel.start === id && rel.end !== id) result.add(rel.end);
    if (rel.end === id && rel.start !== id) result.add(rel.start);
  }
  return result;
}

/**
 * Collapsing a node removes the neighbours that hang on it alone (linked to no
 * other node of the view), unless they are pinned or expanded themselves.
 */
export function collapseNode(view: ViewData, id: string): ViewData {
  const keep = new Set([...view.pinned, ...view.expanded]);
  const leaves = [...neighbours(view, id)].filter(
    (n) => !keep.has(n) && [...neighbours(view, n)].every((m) => m === id),
  );
  const collapsed = removeNodes(view, leaves);
  return { ...collapsed, expanded: collapsed.expanded.filter((e) => e !== id) };
}

function union(list: string[], more: string[]): string[] {
  return [...new Set([...list, ...more])];
}

/** The view after one change (no history). */
export function applyChange(
  view: ViewData,
  action: Exclude<ViewAction, { type: "undo" | "redo" }>,
): ViewData {
  switch (action.type) {
    case "add":
      return addGraph(view, action.graph);
    case "replace": {
      const next = addGraph(emptyView, action.graph);
      return {
        ...next,
        expanded: (action.expanded ?? []).filter((id) => next.nodes[id]),
        pinned: (action.pinned ?? view.pinned).filter((id) => next.nodes[id]),
        timeFilter: action.timeFilter ?? view.timeFilter,
      };
    }
    case "timeFilter":
      return { ...view, timeFilter: action.filter };
    case "expand": {
      const next = addGraph(view, action.graph);
      return {
        ...next,
        expanded: union(
          next.expanded,
          action.ids.filter((id) => next.nodes[id]),
        ),
      };
    }
    case "collapse":
      return collapseNode(view, action.id);
    case "hide":
      return removeNodes(view, action.ids);
    case "pin":
      if (!view.nodes[action.id]) return view;
      return {
        ...view,
        pinned: action.pinned
          ? union(view.pinned, [action.id])
          : view.pinned.filter((id) => id !== action.id),
      };
  }
}

function sameView(a: ViewData, b: ViewData): boolean {
  // A change that keeps a part (the time filter keeps the elements) keeps the very same object.
  const sameKeys = (x: Record<string, unknown>, y: Record<string, unknown>) =>
    x === y || Object.keys(x).sort().join("\n") === Object.keys(y).sort().join("\n");
  const sameIds = (x: readonly string[], y: readonly string[]) =>
    x === y || [...x].sort().join("\n") === [...y].sort().join("\n");
  return (
    sameFilter(a.timeFilter, b.timeFilter) &&
    sameKeys(a.nodes, b.nodes) &&
    sameKeys(a.relationships, b.relationships) &&
    sameIds(a.expanded, b.expanded) &&
    sameIds(a.pinned, b.pinned)
  );
}

/** The history reducer: each change is undoable; a change that changes nothing is not recorded. */
export function viewReducer(history: ViewHistory, action: ViewAction): ViewHistory {
  if (action.type === "undo") return undo(history);
  if (action.type === "redo") return redo(history);
  const present = applyChange(history.present, action);
  if (present === history.present || sameView(present, history.present)) {
    // Same ids, possibly fresher properties: keep them without a history step.
    return present === history.present ? history : { ...history, present };
  }
  return record(history, present, HISTORY_LIMIT);
}
