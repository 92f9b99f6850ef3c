import type { FastifyInstance } from "fastify";
import type { Path } from "neo4j-driver";
import { ROUTES } from "../../contract/routes.ts";
import type { Database } from "../../db/database.ts";
import { GraphAccumulator, collectGraph } from "../../neo4j/records.ts";
import { isElementId, notFound } from "../api/ids.ts";
import { LIMITS } from "../../contract/limits.ts";
import { asFacts } from "../api/facts.ts";
import { int } from "../api/numbers.ts";
import { HttpError } from "../errors.ts";
import { route } from "../route.ts";

/**
 * POST /api/paths {from, to, maxHops?}: all shortest paths (at most 25)
 * between two entities over domain relationships, none when the shortest is
 * longer than maxHops. A fact is one edge (graph/server/api/facts.ts); a path names its edges.
 */
export function pathRoutes(app: FastifyInstance, db: Database): void {
  route(app, ROUTES.paths, async ({ body: { from, to, maxHops } }) => {
    for (const id of [from, to]) if (!isElementId(id)) throw notFound("entity", id);
    const ends = new Set((await db.read("api/path-ends", { from, to })).map((r) => String(r.get("id"))));
    for (const id of [from, to]) if (!ends.has(id)) throw notFound("entity", id);
    if (from === to) {
      throw new HttpError(
        "bad_request",
        'Request body: fields "from" and "to" must name two different entities.',
      );
    }
    const records = await db.read("api/paths", { from, to, limit: int(LIMITS.pathsMax) });
    const paths = records.map((r) => r.get("p") as Path).filter((p) => p.length <= maxHops);
    const graph = new GraphAccumulator();
    for (const path of paths) collectGraph(path, graph);
    const found = graph.toJson();
    const facts = await asFacts(db, found.relationships, { full: true });
    return {
      paths: paths.map((p) => ({
        nodes: [p.start.elementId, ...p.segments.map((s) => s.end.elementId)],
        relationships: p.segments.map((s) => facts.edgeOf(s.relationship.elementId)),
      })),
      graph: { ...found, relationships: facts.relationships },
    };
  });
}
