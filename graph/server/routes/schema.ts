import type { FastifyInstance } from "fastify";
import { ROUTES } from "../../contract/routes.ts";
import type { Database } from "../../neo4j/database.ts";
import { toNumber } from "../api/numbers.ts";
import { route } from "../route.ts";

/** GET /api/schema: labels and relationship types with their counts, and every property key. */
export function schemaRoutes(app: FastifyInstance, db: Database): void {
  route(app, ROUTES.schema, async () => {
    const [labels, types, keys] = await Promise.all([
      db.read("load/count-labels"),
      db.read("load/count-types"),
      db.read("api/property-keys"),
    ]);
    return {
      labels: labels.map((r) => ({ label: String(r.get("label")), count: toNumber(r.get("count")) })),
      relationshipTypes: types.map((r) => ({ type: String(r.get("type")), count: toNumber(r.get("count")) })),
      propertyKeys: keys.map((r) => String(r.get("propertyKey"))),
    };
  });
}
