import type { FastifyInstance } from "fastify";
import { openApiDocument } from "../../contract/openapi.ts";
import { ROUTES } from "../../contract/routes.ts";
import { route } from "../route.ts";

/** GET /api/openapi.json: the API's description, generated once from the contract. */
export function openApiRoutes(app: FastifyInstance): void {
  let document: Record<string, unknown> | undefined;
  route(
    app,
    ROUTES.openapi,
    async () => (document ??= openApiDocument() as unknown as Record<string, unknown>),
  );
}
