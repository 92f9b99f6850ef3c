import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import neo4j from "neo4j-driver";
import { z } from "zod";
import type {
  CypherSchema,
  QueryCheck,
  QueryErrorBody,
  SavedQueriesResponse,
} from "../../model/workbench.ts";
import { EditorSchemaCache } from "../../query/editorSchema.ts";
import { QueryError } from "../../query/errors.ts";
import { assertReadOnly } from "../../query/guard.ts";
import { toQueryParams } from "../../query/params.ts";
import { type QueryResult, runUserQuery } from "../../query/run.ts";
import { listSavedQueries } from "../../query/savedQueries.ts";
import { type QuerySettings, limitsFor } from "../../query/settings.ts";
import type { GraphDb } from "../graphDb.ts";

const requestSchema = z.strictObject({
  query: z
    .string({ error: "query must be a string of Cypher" })
    .refine((q) => q.trim() !== "", "query is empty: type a Cypher statement")
    .refine((q) => q.length <= 100_000, "query is longer than 100,000 characters"),
  params: z.record(z.string(), z.unknown(), { error: "params must be a JSON object" }).optional(),
  timeoutMs: z
    .number({ error: "timeoutMs must be a number of milliseconds" })
    .int("timeoutMs must be a whole number of milliseconds")
    .positive("timeoutMs must be greater than 0")
    .optional(),
});

type QueryBody = z.infer<typeof requestSchema>;

function parseBody(body: unknown): QueryBody {
  const result = requestSchema.safeParse(body ?? {});
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const field = issue?.path.join(".");
  const message =
    issue?.code === "unrecognized_keys"
      ? `The request has unknown field(s) ${issue.keys.join(", ")}; expected query, params, timeoutMs.`
      : issue?.message.startsWith(field ?? "\0")
        ? issue.message
        : `${field ? `${field}: ` : ""}${issue?.message ?? "the request is not valid"}`;
  throw new QueryError(400, "invalid", `${message.replace(/\.$/, "")}.`);
}

function sendQueryError(reply: FastifyReply, error: QueryError): FastifyReply {
  const body: QueryErrorBody = {
    error: {
      code: error.code,
      message: error.message,
      ...(error.position ? { position: error.position } : {}),
    },
  };
  return reply.code(error.status).send(body);
}

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
 * the editor completes.
 */
export function queryRoutes(app: FastifyInstance, db: GraphDb, settings: QuerySettings): void {
  const schema = new EditorSchemaCache(db, settings.allowWrites);

  app.post("/api/query", async (request, reply) => {
    try {
      const body = parseBody(request.body);
      const result: QueryResult = await runUserQuery(
        db.driver,
        {
          query: body.query,
          params: toQueryParams(body.params ?? {}),
          ...(db.database ? { database: db.database } : {}),
          allowWrites: settings.allowWrites,
          signal: disconnectSignal(request, reply),
        },
        limitsFor(settings, body.timeoutMs),
      );
      return result;
    } catch (error) {
      if (error instanceof QueryError) return sendQueryError(reply, error);
      throw error;
    }
  });

  app.post("/api/query/check", async (request, reply) => {
    try {
      const body = parseBody(request.body);
      const session = db.driver.session({
        defaultAccessMode: neo4j.session.READ,
        ...(db.database ? { database: db.database } : {}),
      });
      try {
        try {
          await assertReadOnly(session, body.query, toQueryParams(body.params ?? {}));
        } catch (error) {
          // With writes allowed, only errors in the text matter here.
          if (!(settings.allowWrites && error instanceof QueryError && error.code === "read_only"))
            throw error;
        }
        const answer: QueryCheck = { ok: true };
        return answer;
      } finally {
        await session.close();
      }
    } catch (error) {
      if (error instanceof QueryError) return sendQueryError(reply, error);
      throw error;
    }
  });

  app.get("/api/queries", async () => {
    const answer: SavedQueriesResponse = { queries: listSavedQueries() };
    return answer;
  });

  app.get("/api/cypher/schema", async (): Promise<CypherSchema> => schema.get());
}
