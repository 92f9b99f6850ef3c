import { ENTITY_LABELS, type EntityLabel } from "../../../../graph/model/annotation.ts";
import type { GraphNode } from "../../../../graph/model/graphJson.ts";
import type { GraphEntity } from "./draftEdits.ts";

const isEntityLabel = (label: string): label is EntityLabel =>
  (ENTITY_LABELS as readonly string[]).includes(label);

/**
 * A graph node as an entity a draft can link to: its annotation id (the `id`
 * property the loader writes), name and entity labels. Null for nodes that are
 * no annotation entity (articles, sentences).
 */
export function graphEntity(node: GraphNode): GraphEntity | null {
  const id = node.properties.id;
  const name = node.properties.name;
  if (typeof id !== "string" || typeof name !== "string" || !node.labels.includes("Entity")) return null;
  return { id, name, labels: node.labels.filter(isEntityLabel) };
}
