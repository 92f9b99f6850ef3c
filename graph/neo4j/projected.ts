import type { GraphNode, GraphRelationship } from "../model/graphJson.ts";
import { encodeProperties } from "./records.ts";

/**
 * Graph elements a statement projected itself (cypher/api/expand.cypher) rather
 * than returning whole nodes, so that it can leave properties out: the
 * properties come as [key, value] pairs, since Cypher cannot build a map with
 * keys chosen at run time.
 */
type Pairs = [string, unknown][];

export interface ProjectedNode {
  id: string;
  labels: string[];
  properties: Pairs;
}

export interface ProjectedRelationship {
  id: string;
  type: string;
  start: string;
  end: string;
  properties: Pairs;
}

export function projectedNodeToJson(node: ProjectedNode): GraphNode {
  return {
    id: node.id,
    labels: node.labels,
    properties: encodeProperties(Object.fromEntries(node.properties)),
  };
}

export function projectedRelationshipToJson(rel: ProjectedRelationship): GraphRelationship {
  return {
    id: rel.id,
    type: rel.type,
    start: rel.start,
    end: rel.end,
    properties: encodeProperties(Object.fromEntries(rel.properties)),
  };
}
