import type { InvestigationView, OpenedInvestigation } from "../../../../graph/contract/investigations.ts";
import type { GraphJson, GraphRelationship } from "../../../../graph/model/graphJson.ts";
import type { Highlight } from "../highlight.ts";
import type { TimeFilter } from "../time/timeFilter.ts";

/** A saved view in today's element ids, ready for the explorer to put back. */
export interface RestoredView {
  graph: GraphJson;
  positions: Map<string, { x: number; y: number }>;
  expanded: string[];
  pinned: string[];
  timeFilter: TimeFilter;
  hiddenLabels: string[];
  hiddenTypes: string[];
  minSources: number;
  selection: string | null;
  path: Highlight | null;
  camera: InvestigationView["camera"];
  /** What the saved view held that the graph no longer does, as one sentence; null when nothing is gone. */
  gone: string | null;
  /** Relationships among its nodes since it was saved: offered, not drawn. */
  fresh: GraphRelationship[];
}

function listed(names: string[]): string {
  if (names.length <= 1) return names.join("");
  return `${names.slice(0, -1).join(", ")} and ${names.at(-1)}`;
}

/** The sentence that reports what is gone, so that nothing is dropped silently. */
function goneSentence(opened: OpenedInvestigation): string | null {
  const parts: string[] = [];
  const merged = opened.missing.filter((m) => m.mergedInto !== null);
  const removed = opened.missing.filter((m) => m.mergedInto === null);
  if (removed.length > 0) {
    const one = removed.length === 1;
    parts.push(`${listed(removed.map((m) => m.caption))} ${one ? "is" : "are"} no longer in the graph`);
  }
  if (merged.length > 0)
    parts.push(listed(merged.map((m) => `${m.caption} was merged into ${m.mergedInto}`)));
  if (opened.missingRelationships > 0) {
    const n = opened.missingRelationships;
    parts.push(`${n} saved relationship${n === 1 ? " is" : "s are"} no longer stated by any article`);
  }
  return parts.length === 0 ? null : `Since this investigation was saved: ${parts.join("; ")}.`;
}

/** Maps a saved view's element ids to today's, keeping only what still resolves. */
export function restoredView(opened: OpenedInvestigation): RestoredView {
  const { view } = opened.investigation;
  const node = (saved: string) => opened.nodes[saved]?.id;
  const either = (saved: string) => node(saved) ?? opened.relationships[saved]?.id;
  const mapped = (ids: readonly string[], map: (id: string) => string | undefined) =>
    ids.flatMap((id) => map(id) ?? []);
  const positions = new Map<string, { x: number; y: number }>();
  for (const saved of view.nodes) {
    const id = node(saved.elementId);
    if (id) positions.set(id, { x: saved.x, y: saved.y });
  }
  return {
    graph: { nodes: Object.values(opened.nodes), relationships: Object.values(opened.relationships) },
    positions,
    expanded: mapped(view.expanded, node),
    pinned: mapped(view.pinned, node),
    timeFilter: view.timeFilter,
    hiddenLabels: view.hiddenLabels,
    hiddenTypes: view.hiddenTypes,
    minSources: view.minSources,
    camera: view.camera,
    selection: view.selection === null ? null : (either(view.selection) ?? null),
    path: view.path && {
      nodes: new Set(mapped(view.path.nodes, node)),
      relationships: new Set(mapped(view.path.relationships, (id) => opened.relationships[id]?.id)),
    },
    gone: goneSentence(opened),
    fresh: opened.newRelationships,
  };
}
