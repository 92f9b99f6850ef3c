import { randomUUID } from "node:crypto";
import type { Driver, Record as Neo4jRecord } from "neo4j-driver";
import { cypher } from "../neo4j/cypherFiles.ts";
import { neo4jErrorKind } from "../neo4j/errorKind.ts";
import { sessionConfig, withSession } from "../neo4j/session.ts";
import type { QueryResult } from "../contract/workbench.ts";
import type { JsonValue } from "../model/graphJson.ts";
import { GraphAccumulator, collectGraph, encodeValue } from "../neo4j/records.ts";
import { QueryError } from "./errors.ts";
import { assertReadOnly, rethrowAsQueryError } from "./guard.ts";

export interface QueryLimits {
  /** Server-side transaction timeout. */
  timeoutMs: number;
  /** Rows returned at most; reading stops there. */
  maxRows: number;
  /** Distinct nodes collected for the graph view at most. */
  maxNodes: number;
}

export interface UserQuery {
  query: string;
  params?: Record<string, unknown>;
  database?: string;
  /** Off unless the operator opted in: the query then runs in WRITE mode without the read-only check. */
  allowWrites?: boolean;
  /** Aborting (e.g. the client went away) cancels the query on the server. */
  signal?: AbortSignal;
}

/**
 * Runs a user's query once (an explicit transaction is never retried), in READ
 * access mode after the EXPLAIN check, with a transaction timeout, reading the
 * stream only up to the caps so memory stays bounded whatever the result size.
 */
export async function runUserQuery(
  driver: Driver,
  request: UserQuery,
  limits: QueryLimits,
): Promise<QueryResult> {
  const started = performance.now();
  const params = request.params ?? {};
  const session = driver.session(
    sessionConfig(request.database, request.allowWrites ? "WRITE" : "READ", {
      // Pull records in small batches so an unread remainder is never buffered.
      fetchSize: Math.min(1000, Math.max(100, limits.maxRows)),
    }),
  );
  const tx = { current: undefined as ReturnType<typeof session.beginTransaction> | undefined };
  const requestId = randomUUID();
  // A rollback waits for a running query to finish; terminating it from another session does not.
  const onAbort = () => void terminate(driver, requestId, request.database);
  request.signal?.addEventListener("abort", onAbort, { once: true });
  try {
    if (!request.allowWrites) await assertReadOnly(session, request.query, params);
    if (request.signal?.aborted) throw new QueryError(499, "cancelled", "The query was cancelled.");
    tx.current = session.beginTransaction({
      timeout: limits.timeoutMs,
      metadata: { app: "dossier", requestId },
    });
    const result = tx.current.run(request.query, params);
    const rows: JsonValue[][] = [];
    const graph = new GraphAccumulator();
    let columns: string[] = [];
    let truncatedBy: QueryResult["truncatedBy"] = null;
    for await (const record of result as AsyncIterable<Neo4jRecord>) {
      if (rows.length === 0) columns = [...record.keys] as string[];
      if (rows.length >= limits.maxRows) {
        truncatedBy = "rows";
        break;
      }
      rows.push(record.keys.map((key) => encodeValue(record.get(key))));
      if (graph.nodeCount < limits.maxNodes)
        for (const key of record.keys) collectGraph(record.get(key), graph);
      else if (truncatedBy === null) truncatedBy = "nodes";
    }
    if (columns.length === 0) columns = [...((await result.keys()) as string[])];
    const summary = truncatedBy === "rows" ? undefined : await result.summary();
    if (request.allowWrites && !truncatedBy) await tx.current.commit();
    else await tx.current.rollback();
    const serverMs = summary
      ? Number(summary.resultAvailableAfter ?? 0) + Number(summary.resultConsumedAfter ?? 0)
      : Math.round(performance.now() - started);
    return {
      columns,
      rows,
      graph: graph.toJson(),
      rowCount: rows.length,
      truncated: truncatedBy !== null,
      truncatedBy,
      queryType: summary?.queryType ?? "r",
      timing: { serverMs, totalMs: Math.round(performance.now() - started) },
      notifications: (summary?.notifications ?? []).map((n) => ({
        code: n.code,
        title: n.title,
        description: n.description,
      })),
    };
  } catch (error) {
    await tx.current?.rollback().catch(() => {});
    if (request.signal?.aborted) throw new QueryError(499, "cancelled", "The query was cancelled.");
    const kind = neo4jErrorKind(error);
    if (kind === "timeout") {
      throw new QueryError(
        504,
        "timeout",
        `The query ran longer than ${limits.timeoutMs / 1000} s and was stopped.`,
      );
    }
    if (kind === "read_only") {
      throw new QueryError(
        403,
        "read_only",
        "This query writes to the database, and queries run in read-only mode.",
      );
    }
    if (error instanceof QueryError) throw error;
    return rethrowAsQueryError(error, request.query, 0);
  } finally {
    request.signal?.removeEventListener("abort", onAbort);
    await session.close();
  }
}

async function terminate(driver: Driver, requestId: string, database: string | undefined): Promise<void> {
  await withSession(driver, sessionConfig(database, "WRITE"), async (session) => {
    await session.run(cypher("query/terminate-tagged"), { requestId });
  }).catch(() => {
    // The query may have finished meanwhile; nothing is left to stop.
  });
}
