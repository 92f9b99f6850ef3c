import type { Record as Neo4jRecord } from "neo4j-driver";
import type { QueryResult } from "../contract/workbench.ts";
import type { QueryLimits, UserQuery } from "../query/runUserQuery.ts";

/**
 * What the HTTP API needs from the database, and nothing more: named read
 * statements, the server's version, the workbench's check and run, and
 * loading one published article. The Neo4j implementation is GraphDb;
 * route tests use an in-memory one.
 */
export interface Database {
  /** One named statement of cypher/ in a READ transaction with the API's timeout. */
  read(name: string, params?: Record<string, unknown>): Promise<Neo4jRecord[]>;
  serverInfo(): Promise<{ version: string; edition: string }>;
  /** Plans a user's query (nothing runs) within a time limit; throws QueryError for a syntax error or a read-only refusal. */
  checkQuery(query: string, params: Record<string, unknown>, timeoutMs?: number): Promise<void>;
  /** Runs a user's query once, within the limits; throws QueryError when it cannot. */
  runQuery(request: Omit<UserQuery, "database">, limits: QueryLimits): Promise<QueryResult>;
  /** Loads one article folder in one write transaction, replacing what it loaded before (publishing). */
  loadArticle(dir: string): Promise<void>;
  /** Loads article folders again in one write transaction (a same-as decision: entities they all name are written afresh). */
  loadArticles(dirs: readonly string[]): Promise<void>;
}
