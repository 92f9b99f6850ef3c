import { LIMITS } from "../../../../graph/contract/limits.ts";
import type { GraphRelationship, Properties } from "../../../../graph/model/graphJson.ts";
import { apiPost } from "../../api.ts";
import { type TimeFilter, isActive, timeHidden } from "../time/timeFilter.ts";
import type { ExportGraph } from "./viewGraph.ts";

const factKey = (r: { start: string; type: string; end: string }) => `${r.start}\u0000${r.type}\u0000${r.end}`;

/**
 * The graph with every property as the database holds it, and every
 * statement of each fact the view draws as one edge. The view keeps only
 * what it draws and filters by (its answers are light, one edge per fact),
 * so an export reads the rest first: POST /api/graph/elements with
 * `statements`, at most LIMITS.elementsMax ids of each kind per request. Each
 * statement is written with its own properties (its article and quote) and the
 * look of the edge it is drawn in. An element deleted since it was drawn fails
 * the export with the server's sentence naming it, rather than writing it light.
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
  const byId = new Map<string, GraphRelationship>();
  const byFact = new Map<string, GraphRelationship[]>();
  for (let start = 0; start < Math.max(graph.nodes.length, graph.relationships.length); start += size) {
    const answer = await apiPost<"elements">("/api/graph/elements", {
      nodeIds: graph.nodes.slice(start, start + size).map((n) => n.id),
      relationshipIds: graph.relationships.slice(start, start + size).map((r) => r.id),
      statements: true,
    });
    for (const n of answer.nodes) nodes.set(n.id, n.properties);
    for (const r of answer.relationships) {
      const { sources, articles } = r;
      const full: GraphRelationship = {
        id: r.id,
        type: r.type,
        start: r.start,
        end: r.end,
        properties:
          factCounts && sources !== undefined && articles !== undefined
            ? { ...r.properties, sources, articles }
            : r.properties,
      };
      byId.set(r.id, full);
      if (r.properties.article !== undefined) {
        const key = factKey(r);
        if (!byFact.get(key)?.push(full)) byFact.set(key, [full]);
      }
    }
  }
  return {
    nodes: graph.nodes.map((n) => ({ ...n, properties: nodes.get(n.id) ?? n.properties })),
    relationships: graph.relationships.flatMap((r) => {
      const statements = r.properties.article !== undefined ? byFact.get(factKey(r)) : undefined;
      const own = byId.get(r.id);
      return (statements ?? (own ? [own] : [r])).map((s) => ({ ...s, look: r.look }));
    }),
  };
}

/**
 * Without the statements the time filter's range leaves out: a fact drawn
 * because one of its statements falls in the range is written with those
 * statements only. (The as-of day is applied per fact, as on screen.)
 */
export function datedStatementsShown(graph: ExportGraph, filter: TimeFilter): ExportGraph {
  if (!isActive(filter)) return graph;
  const byId = Object.fromEntries(graph.relationships.map((r) => [r.id, r]));
  const hidden = timeHidden({}, byId, { ...filter, asOf: null }, null).relationships;
  return { ...graph, relationships: graph.relationships.filter((r) => !hidden.has(r.id)) };
}
