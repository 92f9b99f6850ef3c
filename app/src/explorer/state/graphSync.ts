import type { ViewGraph, ViewNode } from "../../shell/explorerContext.ts";
import { labelColor, nodeCaption, primaryLabel, sizeForDegree, unitHash } from "../../shell/palette.ts";
import { edgeWidth } from "../canvas/edgeWidth.ts";
import type { ViewData } from "./viewState.ts";

export type PositionCache = Map<string, { x: number; y: number }>;

/** How far from its parent a new node is placed, in graph units. */
const SPREAD = 1.5;

function centroid(graph: ViewGraph): { x: number; y: number } {
  let x = 0;
  let y = 0;
  graph.forEachNode((_id, a) => {
    x += a.x;
    y += a.y;
  });
  const n = Math.max(graph.order, 1);
  return { x: x / n, y: y / n };
}

/**
 * Brings the graphology view graph in line with the view data. Nodes already
 * drawn keep their positions; new nodes go where they were last seen, or
 * around a neighbour already drawn (their parent), or on a circle around the
 * centre. Removed nodes leave their position in `cache` for undo.
 * Returns the ids of the nodes it added.
 */
export function syncViewGraph(
  graph: ViewGraph,
  view: Pick<ViewData, "nodes" | "relationships" | "pinned">,
  cache: PositionCache,
): string[] {
  graph.forEachNode((id, a) => {
    cache.set(id, { x: a.x, y: a.y });
  });
  for (const id of graph.nodes()) if (!view.nodes[id]) graph.dropNode(id);
  for (const id of graph.edges()) if (!view.relationships[id]) graph.dropEdge(id);

  const pinned = new Set(view.pinned);
  const added: string[] = [];
  const addedSet = new Set<string>();
  const fresh = Object.values(view.nodes).filter((n) => !graph.hasNode(n.id));
  const empty = graph.order === 0;
  const centre = empty ? { x: 0, y: 0 } : centroid(graph);
  const radius = Math.max(SPREAD, Math.sqrt(fresh.length) * SPREAD);

  // Parents first: a node is placed beside a neighbour that is already drawn.
  const neighboursOf = new Map<string, string[]>();
  const link = (from: string, to: string) => {
    const list = neighboursOf.get(from);
    if (list) list.push(to);
    else neighboursOf.set(from, [to]);
  };
  for (const rel of Object.values(view.relationships)) {
    link(rel.start, rel.end);
    link(rel.end, rel.start);
  }
  fresh.forEach((node, index) => {
    const known = cache.get(node.id);
    let position = known;
    if (!position) {
      const parent = (neighboursOf.get(node.id) ?? []).find((n) => graph.hasNode(n) && !addedSet.has(n));
      const angle = 2 * Math.PI * (empty ? index / fresh.length : unitHash(node.id));
      if (parent && !empty) {
        const p = graph.getNodeAttributes(parent);
        const distance = SPREAD * (0.8 + 0.6 * unitHash(`${node.id}/r`));
        position = { x: p.x + distance * Math.cos(angle), y: p.y + distance * Math.sin(angle) };
      } else {
        position = { x: centre.x + radius * Math.cos(angle), y: centre.y + radius * Math.sin(angle) };
      }
    }
    const attributes: ViewNode = {
      x: position.x,
      y: position.y,
      size: 5,
      color: labelColor(primaryLabel(node.labels)),
      label: nodeCaption(node),
      labels: node.labels,
      properties: node.properties,
    };
    graph.addNode(node.id, attributes);
    added.push(node.id);
    addedSet.add(node.id);
  });

  for (const rel of Object.values(view.relationships)) {
    if (graph.hasEdge(rel.id)) {
      if (graph.getEdgeAttribute(rel.id, "properties") !== rel.properties)
        graph.mergeEdgeAttributes(rel.id, { properties: rel.properties, size: edgeWidth(rel.sources) });
      continue;
    }
    graph.addDirectedEdgeWithKey(rel.id, rel.start, rel.end, {
      size: edgeWidth(rel.sources),
      color: "#9aa0a6",
      label: rel.type,
      relType: rel.type,
      properties: rel.properties,
    });
  }

  // One update of every node (one event for the renderer), not one per node.
  graph.updateEachNodeAttributes((id, a) => {
    const node = view.nodes[id]!;
    return {
      ...a,
      size: sizeForDegree(graph.degreeWithoutSelfLoops(id)),
      label: nodeCaption(node),
      labels: node.labels,
      properties: node.properties,
      pinned: pinned.has(id),
      // ForceAtlas2 leaves nodes with `fixed` where they are.
      fixed: pinned.has(id),
    } as ViewNode;
  });
  return added;
}
