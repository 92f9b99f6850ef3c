import type { FastifyInstance } from "fastify";
import { ROUTES } from "../../contract/routes.ts";
import type { Database } from "../../db/database.ts";
import type { DerivedCache } from "../api/derivedCache.ts";
import { readGraphCounts } from "../api/graphCounts.ts";
import { route } from "../route.ts";

/** GET /api/schema: labels and relationship types with their counts (from the count store), and every property key; shared for a moment (DerivedCache). */
export function schemaRoutes(app: FastifyInstance, db: Database, cache: DerivedCache): void {
  route(app, ROUTES.schema, () =>
    cache.get("schema", async () => {
      const [counts, keys] = await Promise.all([readGraphCounts(db), db.read("api/property-keys")]);
      return {
        labels: counts.labels,
        relationshipTypes: counts.types,
        propertyKeys: keys.map((r) => String(r.get("propertyKey"))),
      };
    }),
  );
}
