import type { GraphJson, GraphNode, GraphRelationship } from "../../../graph/model/graphJson.ts";

/**
 * What must be added to the view before a chip's element can be selected:
 * nothing when it is there; a node alone; a relationship with whichever of its
 * ends the view lacks (from the result's graph). Undefined when a
 * relationship's ends are neither in the view nor in the result.
 */
export function missingForNode(inView: (id: string) => boolean, node: GraphNode): GraphJson | null {
  return inView(node.id) ? null : { nodes: [node], relationships: [] };
}

export function missingForRelationship(
  inView: (id: string) => boolean,
  result: GraphJson,
  relationship: GraphRelationship,
): GraphJson | null | undefined {
  if (inView(relationship.id)) return null;
  const nodes: GraphNode[] = [];
  for (const end of [relationship.start, relationship.end]) {
    if (inView(end) || nodes.some((n) => n.id === end)) continue;
    const node = result.nodes.find((n) => n.id === end);
    if (!node) return undefined;
    nodes.push(node);
  }
  return { nodes, relationships: [relationship] };
}
