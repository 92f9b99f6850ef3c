import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { ROUTES } from "../../contract/routes.ts";
import type { Database } from "../../db/database.ts";
import { EditorSchemaCache } from "../../db/editorSchema.ts";
import { QueryError } from "../../query/queryError.ts";
import { toQueryParams } from "../../query/params.ts";
import { listSavedQueries } from "../../query/savedQueries.ts";
import { type QuerySettings, limitsFor } from "../../query/settings.ts";
import { route } from "../route.ts";

/** An AbortSignal that fires when the client goes away before the answer is sent. */
function disconnectSignal(request: FastifyRequest, reply: FastifyReply): AbortSignal {
  const controller = new AbortController();
  const onClose = () => {
    if (!reply.raw.writableEnded) controller.abort();
  };
  reply.raw.once("close", onClose);
  request.raw.once("aborted", onClose);
  return controller.signal;
}

/**
 * The Cypher workbench: run a user's query (read-only unless the operator
 * opted in), check one as it is typed, list saved queries, and the schema
 * the editor completes. Errors take the API's one path (graph/server/errors.ts).
 */
export function queryRoutes(app: FastifyInstance, db: Database, settings: QuerySettings): void {
  const schema = new EditorSchemaCache(db, settings.allowWrites);

  route(app, ROUTES.query, async ({ body, request, reply }) =>
    db.runQuery(
      {
        query: body.query,
        params: toQueryParams(body.params ?? {}),
        allowWrites: settings.allowWrites,
        signal: disconnectSignal(request, reply),
      },
      limitsFor(settings, body.timeoutMs),
    ),
  );

  route(app, ROUTES.queryCheck, async ({ body }) => {
    try {
      await db.checkQuery(
        body.query,
        toQueryParams(body.params ?? {}),
        limitsFor(settings, body.timeoutMs).timeoutMs,
      );
    } catch (error) {
      // With writes allowed, only errors in the text matter here.
      if (!(settings.allowWrites && error instanceof QueryError && error.code === "read_only")) throw error;
    }
    return { ok: true as const };
  });

  route(app, ROUTES.savedQueries, async () => ({ queries: listSavedQueries() }));

  route(app, ROUTES.cypherSchema, () => schema.get());
}
