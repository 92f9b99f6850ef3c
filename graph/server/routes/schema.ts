import type { FastifyInstance } from "fastify";
import type { SchemaResponse } from "../../model/api.ts";
import { toNumber } from "../api/numbers.ts";
import type { GraphDb } from "../graphDb.ts";

/** GET /api/schema: labels and relationship types with their counts, and every property key. */
export function schemaRoutes(app: FastifyInstance, db: GraphDb): void {
  app.get("/api/schema", async (): Promise<SchemaResponse> => {
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
