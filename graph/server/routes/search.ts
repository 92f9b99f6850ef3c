import type { FastifyInstance } from "fastify";
import type { Node } from "neo4j-driver";
import { ROUTES } from "../../contract/routes.ts";
import type { Database } from "../../db/database.ts";
import { nodeToJson } from "../../neo4j/records.ts";
import { int } from "../api/numbers.ts";
import { buildSearchQuery } from "../api/searchQuery.ts";
import { route } from "../route.ts";

/** GET /api/search?q=&limit=: entities by name or alias, as you type. */
export function searchRoutes(app: FastifyInstance, db: Database): void {
  route(app, ROUTES.search, async ({ query: { q, limit } }) => {
    const query = buildSearchQuery(q);
    if (query === null) return { query: q, hits: [] };
    const records = await db.read("api/search", { query, limit: int(limit) });
    return {
      query: q,
      hits: records.map((r) => ({ node: nodeToJson(r.get("node") as Node), score: Number(r.get("score")) })),
    };
  });
}
