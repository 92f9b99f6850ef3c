import type { FastifyInstance } from "fastify";
import { ROUTES } from "../../contract/routes.ts";
import type { Database } from "../../neo4j/database.ts";
import { int, toNumber } from "../api/numbers.ts";
import { route } from "../route.ts";

const WIDTH = { day: 10, month: 7, year: 4 } as const;

/** GET /api/timeline (bins) and POST /api/timeline/reported (when things were reported). */
export function timelineRoutes(app: FastifyInstance, db: Database): void {
  route(app, ROUTES.timeline, async ({ query }) => {
    const rows = await db.read("api/timeline-bins", {
      width: int(WIDTH[query.unit]),
      from: query.from ?? null,
      to: query.to ?? null,
    });
    const lane = (name: string) =>
      rows
        .filter((r) => r.get("lane") === name)
        .map((r) => ({ bin: String(r.get("bin")), count: toNumber(r.get("count")) }));
    return { unit: query.unit, event: lane("event"), report: lane("report") };
  });

  route(app, ROUTES.timelineReported, async ({ body }) => {
    const rows = await db.read("api/timeline-reported", { entityIds: body.entityIds, slugs: body.slugs });
    const of = (kind: string) =>
      Object.fromEntries(
        rows
          .filter((r) => r.get("kind") === kind)
          .map((r) => [String(r.get("key")), String(r.get("published"))]),
      );
    return { entities: of("entity"), articles: of("article") };
  });
}
