import type { FastifyInstance } from "fastify";
import type { z } from "zod";
import type { expandRequestSchema } from "../../contract/explorer.ts";
import { LIGHT_PROPERTIES } from "../../contract/lightProperties.ts";
import { LIMITS } from "../../contract/limits.ts";
import { ROUTES } from "../../contract/routes.ts";
import type { Database } from "../../db/database.ts";
import {
  type ProjectedNode,
  type ProjectedRelationship,
  projectedNodeToJson,
  projectedRelationshipToJson,
} from "../../neo4j/projected.ts";
import { isElementId, notFound } from "../api/ids.ts";
import { asFacts } from "../api/facts.ts";
import { int, toNumber } from "../api/numbers.ts";
import { route } from "../route.ts";

/** The lexical layer's relationship types (article → sentence → entity). */
const LEXICAL_TYPES = ["HAS_SENTENCE", "MENTIONS"];

/** The parameters of cypher/api/expand.cypher for a request (the bench runs it with them too). */
export function expandParameters(body: z.output<typeof expandRequestSchema>): Record<string, unknown> {
  const ids = [...new Set(body.ids)];
  const types = body.types ?? null;
  return {
    ids,
    types,
    // Sentences and articles only when asked for: by `lexical`, or by naming their types.
    skipTypes: types === null && !body.lexical ? LEXICAL_TYPES : [],
    direction: body.direction,
    exclude: [...new Set([...ids, ...(body.exclude ?? [])])],
    probe: int(body.limit + 1),
    limit: int(body.limit),
    exactUpTo: int(LIMITS.expandExactUpTo),
    perNeighbour: int(LIMITS.expandRelationshipsPerNeighbour),
    relationshipLimit: int(LIMITS.expandRelationshipsMax),
    full: body.detail === "full",
    // Kept in a light answer: what a caption is drawn from, and the location (not a string, so never a caption).
    captionKeys: [...LIGHT_PROPERTIES.caption, ...LIGHT_PROPERTIES.node],
    relationshipKeys: LIGHT_PROPERTIES.relationship,
    neverDates: LIGHT_PROPERTIES.relationshipNeverDates,
  };
}

/**
 * POST /api/expand {ids, types?, direction?, limit?, exclude?, lexical?, detail?}:
 * new neighbours of the given nodes (neither the nodes themselves nor those in
 * `exclude`), at most `limit`, with the relationships that lead to them, read
 * by one statement in one transaction. Without `types`, the lexical layer
 * (HAS_SENTENCE, MENTIONS) is left out unless `lexical` is true. `detail`
 * "light" (the default) keeps only LIGHT_PROPERTIES and date values.
 * `totalExact` is false when `total` is the relationship count (see docs/api.md).
 * A fact (same start, type and end in several articles) is one edge (graph/server/api/facts.ts).
 */
export function expandRoutes(app: FastifyInstance, db: Database): void {
  route(app, ROUTES.expand, async ({ body }) => {
    const badId = body.ids.find((id) => !isElementId(id));
    if (badId !== undefined) throw notFound("node", badId);
    const ids = [...new Set(body.ids)];
    const [row] = await db.read("api/expand", expandParameters(body));
    const found = new Set((row?.get("found") as string[] | undefined) ?? []);
    const missing = ids.find((id) => !found.has(id));
    if (!row || missing !== undefined) throw notFound("node", missing ?? ids[0] ?? "");
    const nodes = (row.get("nodes") as ProjectedNode[]).map(projectedNodeToJson);
    const { relationships } = await asFacts(
      db,
      (row.get("relationships") as ProjectedRelationship[]).map(projectedRelationshipToJson),
      { full: body.detail === "full" },
    );
    const truncated = row.get("truncated") === true;
    const exact = row.get("exact");
    // Not truncated: every new neighbour was read, so their number is exact whatever the degree.
    const totalExact = !truncated || (exact !== null && exact !== undefined);
    const total = !truncated
      ? nodes.length
      : totalExact
        ? toNumber(exact)
        : Math.max(toNumber(row.get("degreeSum")), nodes.length);
    return {
      graph: { nodes, relationships },
      truncated,
      total: Math.max(total, nodes.length + (truncated ? 1 : 0)),
      totalExact,
      returned: nodes.length,
    };
  });
}
