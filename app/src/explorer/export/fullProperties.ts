import { LIMITS } from "../../../../graph/contract/limits.ts";
import type { Properties } from "../../../../graph/model/graphJson.ts";
import { apiPost } from "../../api.ts";
import type { ExportGraph } from "./viewGraph.ts";

/**
 * The graph with every property as the database holds it. The view keeps only
 * what it draws and filters by (expand answers are light), so an export reads
 * the rest first: POST /api/graph/elements, at most LIMITS.elementsMax ids of
 * each kind per request. An element deleted since it was drawn fails the
 * export with the server's sentence naming it, rather than writing it light.
 * With `factCounts`, a relationship that states a fact gets the fact's
 * `sources` (independent sources) and `articles` as two more properties
 * (not for the Cypher script, which recreates the database as it is).
 */
export async function withFullProperties(
  graph: ExportGraph,
  { factCounts }: { factCounts: boolean },
): Promise<ExportGraph> {
  const size = LIMITS.elementsMax;
  const nodes = new Map<string, Properties>();
  const relationships = new Map<string, Properties>();
  for (let start = 0; start < Math.max(graph.nodes.length, graph.relationships.length); start += size) {
    const answer = await apiPost<"elements">("/api/graph/elements", {
      nodeIds: graph.nodes.slice(start, start + size).map((n) => n.id),
      relationshipIds: graph.relationships.slice(start, start + size).map((r) => r.id),
    });
    for (const n of answer.nodes) nodes.set(n.id, n.properties);
    for (const r of answer.relationships) {
      const { sources, articles } = r;
      relationships.set(
        r.id,
        factCounts && sources !== undefined && articles !== undefined
          ? { ...r.properties, sources, articles }
          : r.properties,
      );
    }
  }
  return {
    nodes: graph.nodes.map((n) => ({ ...n, properties: nodes.get(n.id) ?? n.properties })),
    relationships: graph.relationships.map((r) => ({
      ...r,
      properties: relationships.get(r.id) ?? r.properties,
    })),
  };
}
