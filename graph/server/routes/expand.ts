import type { FastifyInstance } from "fastify";
import type { Node, Relationship } from "neo4j-driver";
import { ROUTES } from "../../contract/routes.ts";
import type { Database } from "../../neo4j/database.ts";
import { nodeToJson, relationshipToJson } from "../../neo4j/records.ts";
import { isElementId, notFound } from "../api/ids.ts";
import { LIMITS } from "../../contract/limits.ts";
import { int, toNumber } from "../api/numbers.ts";
import { route } from "../route.ts";

/** The lexical layer's relationship types (article → sentence → entity). */
const LEXICAL_TYPES = ["HAS_SENTENCE", "MENTIONS"];

/**
 * POST /api/expand {ids, types?, direction?, limit?, exclude?, lexical?}: new
 * neighbours of the given nodes (neither the nodes themselves nor those in
 * `exclude`), at most `limit`, with the relationships that lead to them.
 * Without `types`, the lexical layer (HAS_SENTENCE, MENTIONS) is left out
 * unless `lexical` is true. `totalExact` is false when `total` is the
 * relationship count (see README).
 */
export function expandRoutes(app: FastifyInstance, db: Database): void {
  route(app, ROUTES.expand, async ({ body }) => {
    const badId = body.ids.find((id) => !isElementId(id));
    if (badId !== undefined) throw notFound("node", badId);
    const ids = [...new Set(body.ids)];
    const exclude = [...new Set([...ids, ...(body.exclude ?? [])])];
    const types = body.types ?? null;
    // Sentences and articles only when asked for: by `lexical`, or by naming their types.
    const skipTypes = types === null && !body.lexical ? LEXICAL_TYPES : [];
    const common = { ids, types, skipTypes, direction: body.direction, exclude };
    const [neighbours, totals] = await Promise.all([
      db.read("api/expand-neighbours", { ...common, probe: int(body.limit + 1) }),
      db.read("api/expand-total", { ...common, exactUpTo: int(LIMITS.expandExactUpTo) }),
    ]);
    const totalRow = totals[0];
    const found = new Set((totalRow?.get("found") as string[] | undefined) ?? []);
    const missing = ids.find((id) => !found.has(id));
    if (!totalRow || missing !== undefined) throw notFound("node", missing ?? ids[0] ?? "");
    const nodes = neighbours.slice(0, body.limit).map((r) => nodeToJson(r.get("m") as Node));
    const truncated = neighbours.length > body.limit;
    const relationships =
      nodes.length === 0
        ? []
        : await db.read("api/expand-relationships", {
            ids,
            types,
            skipTypes,
            direction: body.direction,
            neighbours: nodes.map((n) => n.id),
            perNeighbour: int(LIMITS.expandRelationshipsPerNeighbour),
            limit: int(LIMITS.expandRelationshipsMax),
          });
    const exact = totalRow.get("exact");
    // Not truncated: every new neighbour was read, so their number is exact whatever the degree.
    const totalExact = !truncated || (exact !== null && exact !== undefined);
    const total = !truncated
      ? nodes.length
      : totalExact
        ? toNumber(exact)
        : Math.max(toNumber(totalRow.get("degreeSum")), nodes.length);
    return {
      graph: {
        nodes,
        relationships: relationships.map((r) => relationshipToJson(r.get("r") as Relationship)),
      },
      truncated,
      total: Math.max(total, nodes.length + (truncated ? 1 : 0)),
      totalExact,
      returned: nodes.length,
    };
  });
}
