import type { FastifyInstance } from "fastify";
import type { SchemaResponse } from "../../model/api.ts";
import { readGraphCounts } from "../api/graphCounts.ts";
import type { GraphDb } from "../graphDb.ts";

/** GET /api/schema: labels and relationship types with their counts (from the count store), and every property key. */
export function schemaRoutes(app: FastifyInstance, db: GraphDb): void {
  app.get("/api/schema", async (): Promise<SchemaResponse> => {
    const [counts, keys] = await Promise.all([readGraphCounts(db), db.read("api/property-keys")]);
    return {
      labels: counts.labels,
      relationshipTypes: counts.types,
      propertyKeys: keys.map((r) => String(r.get("propertyKey"))),
    };
  });
}
