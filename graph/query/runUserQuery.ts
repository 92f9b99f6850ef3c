import { randomUUID } from "node:crypto";
import { setTimeout as delay } from "node:timers/promises";
import type { Driver, Record as Neo4jRecord } from "neo4j-driver";
import { neo4jErrorKind } from "../neo4j/errorKind.ts";
import { sessionConfig } from "../neo4j/session.ts";
import type { QueryResult } from "../contract/workbench.ts";
import type { JsonValue } from "../model/graphJson.ts";
import { collectGraph, encodeValue } from "../neo4j/records.ts";
import { BoundedGraph, DEFAULT_MAX_BYTES, sizeUpTo } from "./answerBounds.ts";
import { type OnStuckQuery, terminateTagged, withDeadline } from "./deadline.ts";
import { QueryError } from "./queryError.ts";
import { assertReadOnly, rethrowAsQueryError } from "./guard.ts";

/**
 * Rows pulled at a time. Neo4j encodes a batch into its outbound buffer
 * (direct memory) ahead of the reader, and the driver decodes all of it, read
 * or not: four queries of 1 MB rows pulled a thousand at a time exhausted a
 * 1 GB Neo4j's direct memory. A hundred keeps that to a hundred rows a query.
 */
const FETCH_SIZE = 100;

export interface QueryLimits {
  /** Server-side transaction timeout; the answer comes by this plus a small grace whatever Neo4j does. */
  timeoutMs: number;
  /** Rows returned at most; reading stops there. */
  maxRows: number;
  /** Distinct nodes collected for the graph view at most, even inside one row. */
  maxNodes: number;
  /** Bytes of JSON in the answer at most (about); DEFAULT_MAX_BYTES when absent. */
  maxBytes?: number;
}

export interface UserQuery {
  query: string;
  params?: Record<string, unknown>;
  database?: string;
  /** Off unless the operator opted in: the query then runs in WRITE mode without the read-only check. */
  allowWrites?: boolean;
  /** Aborting (e.g. the client went away) cancels the query on the server. */
  signal?: AbortSignal;
  /** What to do when Neo4j keeps running the query after it was terminated (see deadline.ts). */
  onStuck?: OnStuckQuery | undefined;
}

/** How long a Neo4j that dropped an answer has to show it still answers. */
const STILL_UP_MS = 3000;

/**
 * Neo4j closes the connection without a word when it cannot build a row in
 * its memory: it encodes a row whole before sending it, and `RETURN range(1,
 * 100000000)` made a 1 GB Neo4j log OutOfDirectMemoryError and hang up. When
 * Neo4j still answers afterwards, that is what the user is told rather than
 * that Neo4j is unreachable.
 */
async function whyDropped(driver: Driver, error: unknown): Promise<unknown> {
  if (neo4jErrorKind(error) !== "unavailable") return error;
  const stillUp = await Promise.race([
    driver.verifyConnectivity().then(
      () => true,
      () => false,
    ),
    delay(STILL_UP_MS).then(() => false),
  ]);
  if (!stillUp) return error;
  return new QueryError(
    400,
    "memory",
    "Neo4j closed the connection while sending this query's answer and still answers other queries: most likely one row was too large for it to build (Neo4j holds a row whole in its memory before sending it), so ask for less, for example with LIMIT or shorter lists and strings.",
  );
}

/**
 * Runs a user's query once (an explicit transaction is never retried), in READ
 * access mode after the EXPLAIN check, with a transaction timeout, reading the
 * stream only up to the caps (rows, nodes, bytes) so memory stays bounded
 * whatever the result size. The answer comes within the time limit plus a
 * small grace, even when Neo4j does not stop the query (deadline.ts).
 */
export async function runUserQuery(
  driver: Driver,
  request: UserQuery,
  limits: QueryLimits,
): Promise<QueryResult> {
  const requestId = randomUUID();
  return withDeadline(
    { driver, database: request.database, requestId, timeoutMs: limits.timeoutMs, onStuck: request.onStuck },
    () => runOnce(driver, request, limits, requestId),
  );
}

/**
 * One run of a user's query without the server's own deadline: the caller
 * (runUserQuery, or the query worker under the API's deadline) answers by the
 * time limit whatever Neo4j does. `requestId` tags the transactions.
 * `cutOnWire` says whether the connection was closed because a row on its
 * way was larger than any answer (query/worker/wireGuard.ts): the answer is
 * then the rows read before it, cut by bytes.
 */
export async function runOnce(
  driver: Driver,
  request: UserQuery,
  limits: QueryLimits,
  requestId: string,
  cutOnWire: () => boolean = () => false,
): Promise<QueryResult> {
  const started = performance.now();
  const params = request.params ?? {};
  const maxBytes = limits.maxBytes ?? DEFAULT_MAX_BYTES;
  const session = driver.session(
    sessionConfig(request.database, request.allowWrites ? "WRITE" : "READ", {
      fetchSize: FETCH_SIZE,
    }),
  );
  const tx = { current: undefined as ReturnType<typeof session.beginTransaction> | undefined };
  // A rollback waits for a running query to finish; terminating it from another session does not.
  const onAbort = () =>
    void terminateTagged({ driver, database: request.database, requestId, timeoutMs: 0 }, 0).catch(
      () => undefined,
    );
  request.signal?.addEventListener("abort", onAbort, { once: true });
  try {
    if (!request.allowWrites) {
      await assertReadOnly(session, request.query, params, { timeoutMs: limits.timeoutMs, requestId });
    }
    if (request.signal?.aborted) throw new QueryError(499, "cancelled", "The query was cancelled.");
    tx.current = session.beginTransaction({
      timeout: limits.timeoutMs,
      metadata: { app: "dossier", requestId },
    });
    const result = tx.current.run(request.query, params);
    const rows: JsonValue[][] = [];
    const graph = new BoundedGraph(limits.maxNodes);
    let rowBytes = 0;
    let columns: string[] = [];
    let truncatedBy: QueryResult["truncatedBy"] = null;
    try {
      for await (const record of result as AsyncIterable<Neo4jRecord>) {
        if (rows.length === 0) columns = [...record.keys] as string[];
        if (rows.length >= limits.maxRows) {
          truncatedBy = "rows";
          break;
        }
        const values = record.keys.map((key) => record.get(key) as unknown);
        // The row is written twice at worst: in the table and, as nodes, in the graph.
        const room = maxBytes - rowBytes - graph.bytes;
        if (2 * sizeUpTo(values, room) > room) {
          truncatedBy = "bytes";
          break;
        }
        const row = values.map(encodeValue);
        rows.push(row);
        rowBytes += JSON.stringify(row).length + 1;
        for (const value of values) collectGraph(value, graph);
      }
    } catch (error) {
      if (!cutOnWire()) throw await whyDropped(driver, error);
      truncatedBy = "bytes";
      // The connection is gone with the transaction; make sure Neo4j drops the query too.
      onAbort();
    }
    if (truncatedBy === null && graph.cut) truncatedBy = "nodes";
    if (columns.length === 0) {
      // The column names came before the rows; a closed connection may have taken them too.
      const keys = cutOnWire() ? result.keys().catch(() => []) : result.keys();
      columns = [...((await keys) as string[])];
    }
    const cutShort = truncatedBy === "rows" || truncatedBy === "bytes";
    const summary = cutShort ? undefined : await result.summary();
    if (request.allowWrites && !truncatedBy) await tx.current.commit();
    else if (!cutOnWire()) await tx.current.rollback();
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
    if (kind === "timeout" || (kind === "terminated" && performance.now() - started >= limits.timeoutMs)) {
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
    await session.close().catch(() => undefined);
  }
}
