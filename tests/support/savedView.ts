import type { SaveInvestigationRequest } from "../../graph/contract/investigations.ts";
import { nodeKey, relationshipKey } from "../../graph/investigations/keys.ts";
import type { GraphJson } from "../../graph/model/graphJson.ts";

/**
 * What the explorer sends to save a view of `graph` as a new investigation:
 * each node where `place` puts it, the relationships `drawn` keeps, no filter,
 * selection or note.
 */
export function savedViewRequest(
  graph: GraphJson,
  name: string,
  place: (index: number) => { x: number; y: number },
  drawn: (index: number) => boolean = () => true,
): SaveInvestigationRequest {
  const keys = new Map(graph.nodes.map((n) => [n.id, nodeKey(n) ?? n.id]));
  return {
    baseRevision: "none",
    name,
    description: "",
    view: {
      nodes: graph.nodes.map((n, i) => ({
        elementId: n.id,
        key: nodeKey(n),
        caption: String(n.properties.name),
        ...place(i),
      })),
      relationships: graph.relationships
        .filter((_r, i) => drawn(i))
        .map((r) => ({ elementId: r.id, ...relationshipKey(r, (id) => keys.get(id)!) })),
      expanded: [],
      pinned: [],
      hiddenLabels: [],
      hiddenTypes: [],
      minSources: 1,
      timeFilter: { from: null, to: null, undated: true, asOf: null },
      selection: null,
      camera: null,
      path: null,
    },
    notes: [],
  };
}
