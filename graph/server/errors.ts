import { Neo4jError } from "neo4j-driver";

/** An error with the HTTP status and stable code the API answers with. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = "HttpError";
  }
}

export interface ErrorBody {
  error: { code: string; message: string; position?: { line: number; column: number; offset: number } };
}

const UNAVAILABLE = new Set([
  "ServiceUnavailable",
  "SessionExpired",
  "Neo.TransientError.General.DatabaseUnavailable",
]);
const TIMEOUT = new Set([
  "Neo.ClientError.Transaction.TransactionTimedOut",
  "Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration",
]);

/** Maps anything thrown while answering a request to a status and body. */
export function toHttpError(error: unknown): { status: number; body: ErrorBody } {
  if (error instanceof HttpError) {
    return { status: error.status, body: { error: { code: error.code, message: error.message } } };
  }
  if (error instanceof Neo4jError) {
    if (UNAVAILABLE.has(error.code) || /connect|ECONNREFUSED|Pool is closed/i.test(error.message)) {
      return {
        status: 503,
        body: {
          error: {
            code: "neo4j_unavailable",
            message: "Neo4j is not reachable right now; try again in a moment.",
          },
        },
      };
    }
    if (TIMEOUT.has(error.code) || /terminated|timed out/i.test(error.message)) {
      return {
        status: 504,
        body: {
          error: { code: "timeout", message: "The query took longer than the time limit and was stopped." },
        },
      };
    }
    if (error.code === "Neo.ClientError.Security.Unauthorized") {
      return {
        status: 503,
        body: { error: { code: "neo4j_auth", message: "Neo4j refused the configured credentials." } },
      };
    }
  }
  const validation = (error as { validation?: unknown; statusCode?: number; message?: string }) ?? {};
  if (validation.validation || validation.statusCode === 400) {
    return {
      status: 400,
      body: { error: { code: "bad_request", message: validation.message ?? "Bad request." } },
    };
  }
  if (
    typeof validation.statusCode === "number" &&
    validation.statusCode >= 400 &&
    validation.statusCode < 500
  ) {
    return {
      status: validation.statusCode,
      body: { error: { code: "bad_request", message: validation.message ?? "Bad request." } },
    };
  }
  return {
    status: 500,
    body: { error: { code: "internal", message: "Something went wrong on the server." } },
  };
}
