import type { FastifyInstance } from "fastify";
import type { Path } from "neo4j-driver";
import { z } from "zod";
import type { PathsResponse } from "../../model/api.ts";
import { GraphAccumulator, collectGraph } from "../../neo4j/records.ts";
import { isElementId, notFound } from "../api/ids.ts";
import { LIMITS } from "../api/limits.ts";
import { int } from "../api/numbers.ts";
import { parseInput } from "../api/validate.ts";
import { HttpError } from "../errors.ts";
import type { GraphDb } from "../graphDb.ts";

const pathsBody = z.strictObject(
  {
    from: z.string({ error: "must be a node element id (a string)" }),
    to: z.string({ error: "must be a node element id (a string)" }),
    maxHops: z
      .number({ error: "must be a number" })
      .int("must be a whole number")
      .min(1, `must be from 1 to ${LIMITS.pathsHopsMax}`)
      .max(LIMITS.pathsHopsMax, `must be from 1 to ${LIMITS.pathsHopsMax}`)
      .default(LIMITS.pathsHopsDefault),
  },
  { error: 'must be a JSON object such as {"from": "4:…:0", "to": "4:…:1"}' },
);

/**
 * POST /api/paths {from, to, maxHops?}: all shortest paths (at most 25)
 * between two entities over domain relationships, none when the shortest is
 * longer than maxHops.
 */
export function pathRoutes(app: FastifyInstance, db: GraphDb): void {
  app.post("/api/paths", async (request): Promise<PathsResponse> => {
    const { from, to, maxHops } = parseInput(pathsBody, request.body, "Request body");
    for (const id of [from, to]) if (!isElementId(id)) throw notFound("entity", id);
    const ends = new Set((await db.read("api/path-ends", { from, to })).map((r) => String(r.get("id"))));
    for (const id of [from, to]) if (!ends.has(id)) throw notFound("entity", id);
    if (from === to) {
      throw new HttpError(
        400,
        "bad_request",
        'Request body: fields "from" and "to" must name two different entities.',
      );
    }
    const records = await db.read("api/paths", { from, to, limit: int(LIMITS.pathsMax) });
    const paths = records.map((r) => r.get("p") as Path).filter((p) => p.length <= maxHops);
    const graph = new GraphAccumulator();
    for (const path of paths) collectGraph(path, graph);
    return {
      paths: paths.map((p) => ({
        nodes: [p.start.elementId, ...p.segments.map((s) => s.end.elementId)],
        relationships: p.segments.map((s) => s.relationship.elementId),
      })),
      graph: graph.toJson(),
    };
  });
}
