/**
 * Shapes of the Cypher workbench API (graph/server/routes/query.ts), shared by
 * the server and the browser.
 */
export type { QueryResult } from "../query/run.ts";
export type { SavedQuery } from "../query/savedQueries.ts";

/** POST /api/query and POST /api/query/check */
export interface QueryRequest {
  query: string;
  /** Values for $parameters; whole numbers are sent to Neo4j as INTEGER. */
  params?: Record<string, unknown>;
  /** At most the server's QUERY_TIMEOUT_MAX; the server's QUERY_TIMEOUT when absent. */
  timeoutMs?: number;
}

/** A position in the query text: line and column from 1, offset from 0. */
export interface QueryPosition {
  line: number;
  column: number;
  offset: number;
}

/** The error body of the query endpoints; `position` for syntax errors. */
export interface QueryErrorBody {
  error: { code: string; message: string; position?: QueryPosition };
}

/** POST /api/query/check: planned with EXPLAIN, nothing run. */
export interface QueryCheck {
  ok: true;
}

export interface CypherCallable {
  name: string;
  signature: string;
  description: string;
}

/** GET /api/cypher/schema: what the editor completes. */
export interface CypherSchema {
  labels: string[];
  relationshipTypes: string[];
  propertyKeys: string[];
  functions: CypherCallable[];
  /** Only those a query may call (the read-only allowlist unless writes are allowed). */
  procedures: CypherCallable[];
  readOnly: boolean;
}

/** GET /api/queries */
export interface SavedQueriesResponse {
  queries: { name: string; title: string; query: string }[];
}
