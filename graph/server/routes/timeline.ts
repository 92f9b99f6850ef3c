import type { FastifyInstance } from "fastify";
import { ROUTES } from "../../contract/routes.ts";
import type { Database } from "../../db/database.ts";
import type { DerivedCache } from "../api/derivedCache.ts";
import { int, toNumber } from "../api/numbers.ts";
import { type Bin, binsWithin } from "../api/timelineBins.ts";
import { route } from "../route.ts";

const WIDTH = { day: 10, month: 7, year: 4 } as const;

type Unit = keyof typeof WIDTH;

/** Every bin of both lanes at one unit, read once and shared (see DerivedCache). */
function allBins(db: Database, cache: DerivedCache, unit: Unit) {
  return cache.get(`timeline:${unit}`, async () => {
    const rows = await db.read("api/timeline-bins", { width: int(WIDTH[unit]) });
    const lane = (name: string): Bin[] =>
      rows
        .filter((r) => r.get("lane") === name)
        .map((r) => ({ bin: String(r.get("bin")), count: toNumber(r.get("count")) }));
    return { event: lane("event"), report: lane("report") };
  });
}

/** GET /api/timeline (bins) and POST /api/timeline/reported (when things were reported). */
export function timelineRoutes(app: FastifyInstance, db: Database, cache: DerivedCache): void {
  route(app, ROUTES.timeline, async ({ query }) => {
    const { event, report } = await allBins(db, cache, query.unit);
    return {
      unit: query.unit,
      event: binsWithin(event, query.from, query.to),
      report: binsWithin(report, query.from, query.to),
    };
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
