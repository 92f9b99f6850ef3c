import type { FastifyInstance } from "fastify";
import { ROUTES } from "../../contract/routes.ts";
import type { Database } from "../../db/database.ts";
import type { DerivedCache } from "../api/derivedCache.ts";
import { readGraphCounts } from "../api/graphCounts.ts";
import { route } from "../route.ts";

/**
 * GET /api/health: whether Neo4j answers, its version, and the graph's counts
 * (from the count store), as read at most a couple of seconds ago (DerivedCache):
 * health is polled, and must answer at once even while Neo4j is busy.
 */
export function healthRoutes(app: FastifyInstance, db: Database, cache: DerivedCache): void {
  route(app, ROUTES.health, async () => {
    const [info, counts] = await cache.get("health", () =>
      Promise.all([db.serverInfo(), readGraphCounts(db)]),
    );
    return {
      status: "ok" as const,
      neo4j: { reachable: true as const, version: info.version, edition: info.edition },
      counts: {
        nodes: counts.nodes,
        relationships: counts.relationships,
        labels: Object.fromEntries(counts.labels.map((l) => [l.label, l.count])),
        types: Object.fromEntries(counts.types.map((t) => [t.type, t.count])),
      },
    };
  });
}
