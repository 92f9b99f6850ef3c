import type { FastifyInstance } from "fastify";
import { readGraphCounts } from "../api/graphCounts.ts";
import type { GraphDb } from "../graphDb.ts";

/** GET /api/health: whether Neo4j answers, its version, and the graph's counts (from the count store). */
export function healthRoutes(app: FastifyInstance, db: GraphDb): void {
  app.get("/api/health", async () => {
    const [info, counts] = await Promise.all([db.serverInfo(), readGraphCounts(db)]);
    return {
      status: "ok",
      neo4j: { reachable: true, version: info.version, edition: info.edition },
      counts: {
        nodes: counts.nodes,
        relationships: counts.relationships,
        labels: Object.fromEntries(counts.labels.map((l) => [l.label, l.count])),
        types: Object.fromEntries(counts.types.map((t) => [t.type, t.count])),
      },
    };
  });
}
