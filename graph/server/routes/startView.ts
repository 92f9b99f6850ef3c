import type { FastifyInstance } from "fastify";
import type { Node, Relationship } from "neo4j-driver";
import { ROUTES } from "../../contract/routes.ts";
import type { Database } from "../../db/database.ts";
import { nodeToJson, relationshipToJson } from "../../neo4j/records.ts";
import { LIMITS } from "../../contract/limits.ts";
import { asFacts } from "../api/facts.ts";
import { int, toNumber } from "../api/numbers.ts";
import { route } from "../route.ts";

/** Entities ranked by articles and degree before the latest article breaks their ties (see the cypher). */
const POOL_FACTOR = 3;

/**
 * GET /api/view/start: the `limit` best entities (most articles, then most
 * relationships, then most recent; `capped: true` when there are more) and the
 * domain relationships among them, one edge per fact (graph/server/api/facts.ts). The lexical layer (articles, sentences) is left out.
 */
export function startViewRoutes(app: FastifyInstance, db: Database): void {
  route(app, ROUTES.startView, async ({ query }) => {
    const nodeRows = await db.read("api/start-nodes", {
      cap: int(query.limit),
      pool: int(query.limit * POOL_FACTOR),
    });
    const nodes = nodeRows.map((r) => nodeToJson(r.get("e") as Node));
    const totalNodes = nodeRows.length ? toNumber(nodeRows[0]?.get("totalNodes")) : 0;
    const relRows = nodes.length
      ? await db.read("api/start-relationships", {
          ids: nodes.map((n) => n.id),
          limit: int(LIMITS.startViewRelationships),
        })
      : [];
    return {
      graph: {
        nodes,
        relationships: (
          await asFacts(
            db,
            relRows.map((r) => relationshipToJson(r.get("r") as Relationship)),
            { full: false },
          )
        ).relationships,
      },
      capped: totalNodes > nodes.length,
      totalNodes,
    };
  });
}
