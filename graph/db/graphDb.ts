import type { Driver, Record as Neo4jRecord } from "neo4j-driver";
import type { QueryResult } from "../contract/workbench.ts";
import { randomUUID } from "node:crypto";
import { type OnStuckQuery, withDeadline } from "../query/deadline.ts";
import { assertReadOnly } from "../query/guard.ts";
import { type QueryLimits, type UserQuery, runUserQuery } from "../query/runUserQuery.ts";
import type { MainSide, QueryWorkers } from "../query/worker/pool.ts";
import { loadArticles } from "../loader/load.ts";
import { cypher } from "../neo4j/cypherFiles.ts";
import type { Database } from "./database.ts";
import { isStaleConnection } from "../neo4j/errorKind.ts";
import { sessionConfig, withSession } from "../neo4j/session.ts";

/**
 * The API's database on Neo4j: named statements from cypher/, parameters only,
 * READ access mode and a server-side transaction timeout on every call.
 */
export class GraphDb implements Database {
  constructor(
    readonly driver: Driver,
    readonly database: string | undefined,
    readonly defaultTimeoutMs = 15_000,
    /** What to do with a user query Neo4j keeps running after terminating it (the local watchdog). */
    readonly onStuckQuery?: OnStuckQuery,
    /**
     * The threads the workbench's queries run in (the server gives them), so
     * that a huge row never holds up the server's own thread; without them a
     * query runs on the caller's thread.
     */
    readonly queryWorkers?: QueryWorkers,
  ) {}

  private get mainSide(): MainSide {
    return { driver: this.driver, database: this.database, onStuck: this.onStuckQuery };
  }

  /**
   * Runs one named statement in an explicit read transaction. Unlike
   * executeRead it does not keep retrying for half a minute while Neo4j is
   * down: it tries a second time only once (a connection pooled from before a
   * restart fails on first use), so the API answers 503 quickly and recovers
   * on the next request.
   */
  async read(name: string, params: Record<string, unknown> = {}): Promise<Neo4jRecord[]> {
    try {
      return await this.readOnce(name, params);
    } catch (error) {
      if (isStaleConnection(error)) return this.readOnce(name, params);
      throw error;
    }
  }

  async serverInfo(): Promise<{ version: string; edition: string }> {
    const [first] = await this.read("api/components");
    return {
      version: first ? String(first.get("version")) : "unknown",
      edition: first ? String(first.get("edition")) : "unknown",
    };
  }

  checkQuery(
    query: string,
    params: Record<string, unknown>,
    timeoutMs = this.defaultTimeoutMs,
  ): Promise<void> {
    if (this.queryWorkers) return this.queryWorkers.checkQuery(this.mainSide, query, params, timeoutMs);
    const requestId = randomUUID();
    const deadline = { driver: this.driver, database: this.database, requestId, timeoutMs };
    return withDeadline({ ...deadline, onStuck: this.onStuckQuery }, () =>
      withSession(this.driver, sessionConfig(this.database, "READ"), (session) =>
        assertReadOnly(session, query, params, { timeoutMs, requestId }),
      ),
    );
  }

  runQuery(request: Omit<UserQuery, "database">, limits: QueryLimits): Promise<QueryResult> {
    if (this.queryWorkers) return this.queryWorkers.runQuery(this.mainSide, request, limits);
    return runUserQuery(
      this.driver,
      { ...request, database: this.database, onStuck: this.onStuckQuery },
      limits,
    );
  }

  async loadArticle(dir: string): Promise<void> {
    await loadArticles(this.driver, [dir], { database: this.database });
  }

  async loadArticles(dirs: readonly string[]): Promise<void> {
    // One transaction for them all: an entity every one of them names is released to nothing, then written afresh.
    await loadArticles(this.driver, dirs, { database: this.database, batchSize: Number.MAX_SAFE_INTEGER });
  }

  private readOnce(name: string, params: Record<string, unknown>): Promise<Neo4jRecord[]> {
    return withSession(this.driver, sessionConfig(this.database, "READ"), async (session) => {
      const tx = await session.beginTransaction({
        timeout: this.defaultTimeoutMs,
        metadata: { app: "dossier", api: name },
      });
      try {
        const result = await tx.run(cypher(name), params);
        await tx.commit();
        return result.records;
      } finally {
        if (tx.isOpen()) await tx.rollback().catch(() => undefined);
      }
    });
  }
}
