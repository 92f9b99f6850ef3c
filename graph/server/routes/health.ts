import type { FastifyInstance } from "fastify";
import { ROUTES } from "../../contract/routes.ts";
import type { Database } from "../../neo4j/database.ts";
import { route } from "../route.ts";

/** GET /api/health: whether Neo4j answers, its version, and the graph's counts. */
export function healthRoutes(app: FastifyInstance, db: Database): void {
  route(app, ROUTES.health, async () => {
    const info = await db.serverInfo();
    const [totals] = await db.read("api/counts");
    const labels = await db.read("load/count-labels");
    const types = await db.read("load/count-types");
    return {
      status: "ok" as const,
      neo4j: { reachable: true as const, version: info.version, edition: info.edition },
      counts: {
        nodes: Number(totals?.get("nodes") ?? 0),
        relationships: Number(totals?.get("relationships") ?? 0),
        labels: Object.fromEntries(labels.map((r) => [r.get("label"), Number(r.get("count"))])),
        types: Object.fromEntries(types.map((r) => [r.get("type"), Number(r.get("count"))])),
      },
    };
  });
}
