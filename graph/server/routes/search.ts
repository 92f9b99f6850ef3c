import type { FastifyInstance } from "fastify";
import type { Node } from "neo4j-driver";
import { z } from "zod";
import type { SearchResponse } from "../../model/api.ts";
import { nodeToJson } from "../../neo4j/records.ts";
import { LIMITS } from "../api/limits.ts";
import { int } from "../api/numbers.ts";
import { buildSearchQuery } from "../api/searchQuery.ts";
import { parseInput } from "../api/validate.ts";
import type { GraphDb } from "../graphDb.ts";

const searchParams = z.object({
  q: z
    .string({
      error: (issue) =>
        issue.input === undefined ? "is required: the text to search for" : "must be given once, as text",
    })
    .trim()
    .min(1, "must not be empty")
    .max(LIMITS.searchQueryMaxLength, `must be at most ${LIMITS.searchQueryMaxLength} characters`),
  limit: z.coerce
    .number({ error: "must be a number" })
    .int("must be a whole number")
    .min(1, `must be from 1 to ${LIMITS.searchMax}`)
    .max(LIMITS.searchMax, `must be from 1 to ${LIMITS.searchMax}`)
    .default(LIMITS.searchDefault),
});

/** GET /api/search?q=&limit=: entities by name or alias, as you type. */
export function searchRoutes(app: FastifyInstance, db: GraphDb): void {
  app.get("/api/search", async (request): Promise<SearchResponse> => {
    const { q, limit } = parseInput(searchParams, request.query, "Query string");
    const query = buildSearchQuery(q);
    if (query === null) return { query: q, hits: [] };
    const records = await db.read("api/search", { query, limit: int(limit) });
    return {
      query: q,
      hits: records.map((r) => ({ node: nodeToJson(r.get("node") as Node), score: Number(r.get("score")) })),
    };
  });
}
