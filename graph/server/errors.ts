import { type Neo4jErrorKind, neo4jErrorKind } from "../neo4j/errorKind.ts";
import { QueryError } from "../query/errors.ts";
import { FileWriteError } from "../files/writeError.ts";
import type { ErrorBody } from "../contract/errors.ts";

/** An error with the HTTP status and stable code the API answers with. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    /** More of the answer than the sentence: a draft's problems, a save's conflict. */
    readonly detail: Pick<ErrorBody["error"], "problems" | "conflict"> = {},
  ) {
    super(message);
    this.name = "HttpError";
  }
}

function answer(status: number, code: string, message: string): { status: number; body: ErrorBody } {
  return { status, body: { error: { code, message } } };
}

/** The answer for each kind of Neo4j failure that is not the request's fault. */
const NEO4J_ANSWERS: Partial<Record<Neo4jErrorKind, ReturnType<typeof answer>>> = {
  unavailable: answer(503, "neo4j_unavailable", "Neo4j is not reachable right now; try again in a moment."),
  transient: answer(503, "neo4j_unavailable", "Neo4j is not reachable right now; try again in a moment."),
  timeout: answer(504, "timeout", "The query took longer than the time limit and was stopped."),
  terminated: answer(504, "timeout", "The query took longer than the time limit and was stopped."),
  auth: answer(503, "neo4j_auth", "Neo4j refused the configured credentials."),
  auth_rate_limit: answer(503, "neo4j_auth", "Neo4j refused the configured credentials."),
  memory: answer(
    503,
    "neo4j_unavailable",
    "Neo4j ran short of memory for this request; try again in a moment.",
  ),
  database_not_found: answer(503, "neo4j_unavailable", "Neo4j has no database of the configured name."),
};

/**
 * Maps anything thrown while answering a request to a status and body: the
 * one error path of every route (explorer, workbench, health).
 */
export function toHttpError(error: unknown): { status: number; body: ErrorBody } {
  if (error instanceof HttpError) {
    return {
      status: error.status,
      body: { error: { code: error.code, message: error.message, ...error.detail } },
    };
  }
  if (error instanceof FileWriteError) {
    return error.diskFull
      ? answer(507, "disk_full", error.message)
      : answer(500, "write_failed", error.message);
  }
  if (error instanceof QueryError) {
    const body: ErrorBody = { error: { code: error.code, message: error.message } };
    if (error.position) body.error.position = error.position;
    return { status: error.status, body };
  }
  const kind = neo4jErrorKind(error);
  const known = kind === undefined ? undefined : NEO4J_ANSWERS[kind];
  if (known) return known;
  // Fastify's own refusals: malformed JSON, a body over the size limit, an unsupported media type.
  const thrown = (error ?? {}) as { statusCode?: unknown; message?: unknown };
  if (typeof thrown.statusCode === "number" && thrown.statusCode >= 400 && thrown.statusCode < 500) {
    const message = typeof thrown.message === "string" ? thrown.message : "Bad request.";
    return answer(thrown.statusCode, "bad_request", message);
  }
  return answer(500, "internal", "Something went wrong on the server.");
}
