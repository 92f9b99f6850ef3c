import { Neo4jError, error as driverCodes, isRetryableError } from "neo4j-driver";

/**
 * What went wrong, as the rest of the code needs to know it. Every place that
 * reacts to a Neo4j error (the API's answers, the workbench, exports, the
 * command-line messages, the one retry of a stale connection) asks here
 * instead of matching codes itself.
 */
export type Neo4jErrorKind =
  /** The server or the database cannot be reached (or the driver was closed). */
  | "unavailable"
  /** Another transient failure the driver itself would retry. */
  | "transient"
  /** The transaction ran longer than its timeout. */
  | "timeout"
  /** The transaction was terminated (by an operator, or by us when a client went away). */
  | "terminated"
  /** Credentials refused. */
  | "auth"
  /** Logins refused for a while after too many wrong passwords. */
  | "auth_rate_limit"
  | "database_not_found"
  /** A write in a READ session. */
  | "read_only"
  /** The user may not run that (a procedure a restricted user is refused). */
  | "forbidden"
  /** The transaction needed more memory than its limit allows. */
  | "memory"
  | "syntax"
  /** Any other problem with the statement: unknown function, procedure, index, a bad argument. */
  | "statement"
  /** The statement needed more memory than the transaction may use, or than the server has. */
  | "memory"
  | "other";

const MEMORY = new Set<string>([
  "Neo.TransientError.General.OutOfMemoryError",
  "Neo.TransientError.General.MemoryPoolOutOfMemoryError",
  "Neo.TransientError.General.TransactionMemoryLimit",
]);

/**
 * Failures Neo4j files as its own (DatabaseError) although the statement
 * caused them, e.g. a shortestPath whose two ends are the same node.
 */
const STATEMENT_FAILED = "Neo.DatabaseError.Statement.ExecutionFailed";

const UNAVAILABLE = new Set<string>([
  driverCodes.SERVICE_UNAVAILABLE,
  driverCodes.SESSION_EXPIRED,
  "Neo.TransientError.General.DatabaseUnavailable",
]);

/** How one thrown value relates to Neo4j; undefined when it is not a driver error at all. */
export function neo4jErrorKind(error: unknown): Neo4jErrorKind | undefined {
  if (!(error instanceof Neo4jError)) return undefined;
  const code = error.code;
  if (UNAVAILABLE.has(code)) return "unavailable";
  // The pool refuses work once the driver is closed; the error carries no code of its own.
  if (code === "N/A" && error.message.startsWith("Pool is closed")) return "unavailable";
  if (code.startsWith("Neo.ClientError.Transaction.TransactionTimedOut")) return "timeout";
  if (code.endsWith(".Transaction.Terminated")) return "terminated";
  if (code === "Neo.ClientError.Security.Unauthorized") return "auth";
  if (code === "Neo.ClientError.Security.AuthenticationRateLimit") return "auth_rate_limit";
  if (code === "Neo.ClientError.Database.DatabaseNotFound") return "database_not_found";
  if (code === "Neo.ClientError.Statement.AccessMode") return "read_only";
  if (code === "Neo.ClientError.Security.Forbidden") return "forbidden";
  if (code === "Neo.TransientError.General.MemoryPoolOutOfMemoryError") return "memory";
  if (code === "Neo.ClientError.Statement.SyntaxError") return "syntax";
  if (/^Neo\.ClientError\.(Statement|Procedure|Schema)\./.test(code)) return "statement";
  if (code === STATEMENT_FAILED) return "statement";
  if (MEMORY.has(code)) return "memory";
  if (isRetryableError(error)) return "transient";
  return "other";
}

/** Worth one more attempt on a fresh connection: a pooled one died (e.g. Neo4j restarted). */
export function isStaleConnection(error: unknown): boolean {
  return neo4jErrorKind(error) === "unavailable";
}
