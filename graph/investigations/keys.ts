import type { RelationshipKey } from "../contract/investigations.ts";
import type { GraphNode, GraphRelationship } from "../model/graphJson.ts";

/**
 * What names a node across reloads (element ids do not): an entity's or a
 * sentence's `id`, an article's `slug`; null for a node that has neither.
 */
export function nodeKey(node: Pick<GraphNode, "labels" | "properties">): string | null {
  const { id, slug } = node.properties;
  if (typeof id === "string" && id !== "") return id;
  if (node.labels.includes("Article") && typeof slug === "string" && slug !== "") return slug;
  return null;
}

/**
 * A relationship by what it states: its ends' keys (a node without a key by
 * its element id), its type and the article it comes from.
 */
export function relationshipKey(
  rel: GraphRelationship,
  endKey: (elementId: string) => string,
): RelationshipKey {
  const article = rel.properties.article;
  return {
    start: endKey(rel.start),
    type: rel.type,
    end: endKey(rel.end),
    article: typeof article === "string" ? article : null,
  };
}

/** One string per key, for sets and maps. */
export function keyText(key: RelationshipKey): string {
  return JSON.stringify([key.start, key.type, key.end, key.article]);
}
