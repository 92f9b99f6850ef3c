import type { ExportNode, ExportRelationship } from "../../../../graph/export/source.ts";
import type { GraphJson } from "../../../../graph/model/graphJson.ts";
import type { ViewGraph } from "../../shell/explorerContext.ts";

/** What to export: everything on screen, the selection, or the workbench's last result. */
export type ExportScope = "view" | "selection" | "result";

export interface ExportGraph {
  nodes: ExportNode[];
  relationships: ExportRelationship[];
}

function viewNode(graph: ViewGraph, id: string): ExportNode {
  const a = graph.getNodeAttributes(id);
  return {
    id,
    labels: a.labels,
    properties: a.properties,
    look: { x: a.x, y: a.y, size: a.size, color: a.color, label: a.label },
  };
}

function viewEdge(graph: ViewGraph, id: string): ExportRelationship {
  const a = graph.getEdgeAttributes(id);
  return {
    id,
    type: a.relType,
    start: graph.source(id),
    end: graph.target(id),
    properties: a.properties,
    look: { size: a.size, color: a.color, label: a.label },
  };
}

/**
 * The graph on screen, with how each node and relationship is drawn; without
 * what the time filter hides (`hidden`), when given.
 */
export function viewExport(
  graph: ViewGraph,
  hidden?: { nodes: ReadonlySet<string>; relationships: ReadonlySet<string> },
): ExportGraph {
  const nodeShown = (id: string) => !hidden?.nodes.has(id);
  return {
    nodes: graph.filterNodes(nodeShown).map((id) => viewNode(graph, id)),
    relationships: graph
      .filterEdges(
        (id, _a, source, target) => !hidden?.relationships.has(id) && nodeShown(source) && nodeShown(target),
      )
      .map((id) => viewEdge(graph, id)),
  };
}

/**
 * The selected nodes and relationships: the relationships among selected
 * nodes come along, and a selected relationship brings its two ends.
 */
export function selectionExport(graph: ViewGraph, selection: ReadonlySet<string>): ExportGraph {
  const nodes = new Set<string>();
  const edges = new Set<string>();
  for (const id of selection) {
    if (graph.hasNode(id)) nodes.add(id);
    else if (graph.hasEdge(id)) {
      edges.add(id);
      nodes.add(graph.source(id));
      nodes.add(graph.target(id));
    }
  }
  graph.forEachEdge((id, _a, source, target) => {
    if (nodes.has(source) && nodes.has(target)) edges.add(id);
  });
  return {
    nodes: [...nodes].map((id) => viewNode(graph, id)),
    relationships: [...edges].map((id) => viewEdge(graph, id)),
  };
}

/** A query result as the workbench returned it, drawn as on screen where it is on screen. */
export function resultExport(graph: ViewGraph, result: GraphJson): ExportGraph {
  const ids = new Set(result.nodes.map((n) => n.id));
  return {
    nodes: result.nodes.map((n) => (graph.hasNode(n.id) ? { ...n, look: viewNode(graph, n.id).look } : n)),
    // A relationship whose ends are not both in the result cannot be drawn or written.
    relationships: result.relationships
      .filter((r) => ids.has(r.start) && ids.has(r.end))
      .map((r) => (graph.hasEdge(r.id) ? { ...r, look: viewEdge(graph, r.id).look } : r)),
  };
}
