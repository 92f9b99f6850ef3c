import type { FastifyInstance } from "fastify";
import type { Node, Relationship } from "neo4j-driver";
import { ROUTES } from "../../contract/routes.ts";
import { LIMITS } from "../../contract/limits.ts";
import type { Database } from "../../db/database.ts";
import { nodeToJson, relationshipToJson } from "../../neo4j/records.ts";
import { asFacts } from "../api/facts.ts";
import { int } from "../api/numbers.ts";
import { HttpError } from "../errors.ts";
import { route } from "../route.ts";

/**
 * GET /api/articles/:slug/graph: the entities an article annotates and the
 * relationships it states (each fact as one edge, graph/server/api/facts.ts),
 * and which of them no earlier article had.
 */
export function articleGraphRoutes(app: FastifyInstance, db: Database): void {
  route(app, ROUTES.articleGraph, async ({ params: { slug } }) => {
    const [found] = await db.read("api/article", { slug });
    if (!found) {
      throw new HttpError("not_found", `No article has the slug ${JSON.stringify(slug.slice(0, 80))}.`);
    }
    const limit = LIMITS.articleGraphRelationships;
    const [nodeRows, relRows] = await Promise.all([
      db.read("api/article-graph-nodes", { slug }),
      db.read("api/article-graph-relationships", { slug, limit: int(limit + 1) }),
    ]);
    const nodes = nodeRows.map((r) => ({
      node: nodeToJson(r.get("e") as Node),
      added: r.get("added") === true,
    }));
    const rels = relRows
      .slice(0, limit)
      .map((r) => ({ rel: relationshipToJson(r.get("r") as Relationship), added: r.get("added") === true }));
    const facts = await asFacts(
      db,
      rels.map((r) => r.rel),
      { full: true },
    );
    return {
      graph: { nodes: nodes.map((n) => n.node), relationships: facts.relationships },
      added: {
        nodes: nodes.filter((n) => n.added).map((n) => n.node.id),
        relationships: [...new Set(rels.filter((r) => r.added).map((r) => facts.edgeOf(r.rel.id)))],
      },
      truncated: relRows.length > limit,
    };
  });
}
