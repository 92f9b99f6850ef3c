import type { FastifyInstance } from "fastify";
import type { Node } from "neo4j-driver";
import { ROUTES } from "../../contract/routes.ts";
import type { Database } from "../../db/database.ts";
import { nodeToJson } from "../../neo4j/records.ts";
import { int } from "../api/numbers.ts";
import { buildSearchQuery } from "../api/searchQuery.ts";
import { route } from "../route.ts";
import type { NoteIndex } from "../../investigations/noteSearch.ts";

/** GET /api/search?q=&limit=: entities by name or alias, as you type, and the notes of saved investigations. */
export function searchRoutes(app: FastifyInstance, db: Database, notes?: NoteIndex): void {
  route(app, ROUTES.search, async ({ query: { q, limit } }) => {
    const query = buildSearchQuery(q);
    if (query === null) return { query: q, hits: [], notes: [] };
    const records = await db.read("api/search", { query, limit: int(limit) });
    return {
      query: q,
      hits: records.map((r) => ({ node: nodeToJson(r.get("node") as Node), score: Number(r.get("score")) })),
      notes: notes?.search(q, limit) ?? [],
    };
  });
}
