import { type Neo4jErrorKind, neo4jErrorKind } from "../neo4j/errorKind.ts";
import { QueryError } from "../query/queryError.ts";
import { FileWriteError } from "../files/writeError.ts";
import type { ErrorBody, ErrorCode } from "../contract/errorCodes.ts";
import { ReviewRefusal } from "../review/refusal.ts";
import { Refusal, type RefusalReason } from "../config/userError.ts";
import { InvestigationRefusal } from "../investigations/refusal.ts";

/** The HTTP status of each error code: the one place the API picks a status. */
const STATUS = {
  bad_request: 400,
  syntax: 400,
  invalid: 400,
  memory: 400,
  forbidden_host: 403,
  forbidden_origin: 403,
  writes_off: 403,
  read_only: 403,
  not_found: 404,
  conflict: 409,
  duplicate: 409,
  uri_too_long: 414,
  unsupported_media_type: 415,
  invalid_draft: 422,
  cancelled: 499,
  internal: 500,
  write_failed: 500,
  neo4j_unavailable: 503,
  neo4j_auth: 503,
  neo4j_restarting: 503,
  timeout: 504,
  disk_full: 507,
} as const satisfies Record<ErrorCode, number>;

/** The code each refusal answers with, by its reason. */
const REFUSAL_CODES = {
  invalid: "bad_request",
  missing: "not_found",
  conflict: "conflict",
  duplicate: "duplicate",
  problems: "invalid_draft",
} as const satisfies Record<RefusalReason, ErrorCode>;

type Detail = Pick<ErrorBody["error"], "problems" | "conflict" | "position" | "versions">;

/** An error with the stable code the API answers with; its status comes from the code. */
export class HttpError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    /** More of the answer than the sentence: a draft's problems, a save's conflict. */
    readonly detail: Detail = {},
  ) {
    super(message);
    this.name = "HttpError";
  }
}

/** The status and body of an error answer with this code. */
export function errorAnswer(
  code: ErrorCode,
  message: string,
  detail: Detail = {},
): { status: number; body: ErrorBody } {
  return { status: STATUS[code], body: { error: { code, message, ...detail } } };
}

/** The answer for each kind of Neo4j failure that is not the request's fault. */
const NEO4J_ANSWERS: Partial<Record<Neo4jErrorKind, [ErrorCode, string]>> = {
  unavailable: ["neo4j_unavailable", "Neo4j is not reachable right now; try again in a moment."],
  transient: ["neo4j_unavailable", "Neo4j is not reachable right now; try again in a moment."],
  timeout: ["timeout", "The query took longer than the time limit and was stopped."],
  terminated: ["timeout", "The query took longer than the time limit and was stopped."],
  auth: ["neo4j_auth", "Neo4j refused the configured credentials."],
  auth_rate_limit: ["neo4j_auth", "Neo4j refused the configured credentials."],
  memory: ["neo4j_unavailable", "Neo4j ran short of memory for this request; try again in a moment."],
  database_not_found: ["neo4j_unavailable", "Neo4j has no database of the configured name."],
};

/**
 * Maps anything thrown while answering a request to a status and body: the
 * one error path of every route (explorer, workbench, articles, health).
 */
export function toHttpError(error: unknown): { status: number; body: ErrorBody } {
  if (error instanceof HttpError) return errorAnswer(error.code, error.message, error.detail);
  if (error instanceof InvestigationRefusal) {
    return errorAnswer(
      REFUSAL_CODES[error.reason],
      error.message,
      error.versions ? { versions: error.versions } : {},
    );
  }
  if (error instanceof ReviewRefusal) {
    return errorAnswer(REFUSAL_CODES[error.reason], error.message, error.detail);
  }
  // Adding, merging and watches: the sentence alone.
  if (error instanceof Refusal) {
    const reason: RefusalReason = error.reason;
    return errorAnswer(REFUSAL_CODES[reason], error.message);
  }
  if (error instanceof FileWriteError) {
    return errorAnswer(error.diskFull ? "disk_full" : "write_failed", error.message);
  }
  if (error instanceof QueryError) {
    return errorAnswer(error.code, error.message, error.position ? { position: error.position } : {});
  }
  const kind = neo4jErrorKind(error);
  const known = kind === undefined ? undefined : NEO4J_ANSWERS[kind];
  if (known) return errorAnswer(...known);
  // Fastify's own refusals (malformed JSON, a body over the size limit, an unsupported media type)
  // keep Fastify's status, with the code bad_request.
  const thrown = (error ?? {}) as { statusCode?: unknown; message?: unknown };
  if (typeof thrown.statusCode === "number" && thrown.statusCode >= 400 && thrown.statusCode < 500) {
    const message = typeof thrown.message === "string" ? thrown.message : "Bad request.";
    return { status: thrown.statusCode, body: { error: { code: "bad_request", message } } };
  }
  return errorAnswer("internal", "Something went wrong on the server.");
}
