import type { FastifyInstance } from "fastify";
import { ROUTES } from "../../contract/routes.ts";
import { sharedGazetteer } from "../../places/gazetteer.ts";
import { route } from "../route.ts";

/** GET /api/places/candidates: the gazetteer's entries for a name, best first (the data stays here). */
export function placeRoutes(app: FastifyInstance): void {
  route(app, ROUTES.placeCandidates, async ({ query }) => {
    const found = sharedGazetteer().candidates(query.name, query.kind);
    return { candidates: found.slice(0, query.limit), total: found.length };
  });
}
