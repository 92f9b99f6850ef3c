import type { Driver, Record as Neo4jRecord } from "neo4j-driver";
import type { GraphNode, GraphRelationship } from "../../model/graphJson.ts";
import { neo4jErrorKind } from "../../neo4j/errorKind.ts";
import { GraphAccumulator, collectGraph } from "../../neo4j/records.ts";
import { sessionConfig } from "../../neo4j/session.ts";
import { QueryError } from "../../query/queryError.ts";
import { assertReadOnly, rethrowAsQueryError } from "../../query/guard.ts";

export interface StreamRequest {
  query: string;
  params?: Record<string, unknown>;
  database?: string | undefined;
  /**
   * Transaction timeout; the export ends by this plus a small grace whatever
   * Neo4j does. Unset (the project's own statements of --all) leaves the server's limit.
   */
  timeoutMs?: number | undefined;
}

export interface GraphSink {
  node(node: GraphNode): Promise<void> | void;
  relationship(rel: GraphRelationship): Promise<void> | void;
}

/**
 * Runs a read-only query under the same guard as the API (EXPLAIN check, READ
 * mode, one attempt) but without a row cap: records are pulled in batches and
 * every node and relationship they hold is handed to the sink as it arrives,
 * so memory does not grow with the result. `requestId` tags the transaction;
 * the caller keeps the time limit (an export runs this in a worker thread,
 * worker/readInWorker.ts, so that a row being decoded cannot hold the deadline up).
 */
export async function streamQueryOnce(
  driver: Driver,
  request: StreamRequest,
  sink: GraphSink,
  requestId: string,
  onRecord?: (count: number) => void,
): Promise<number> {
  const params = request.params ?? {};
  const session = driver.session(sessionConfig(request.database, "READ", { fetchSize: 1000 }));
  let tx: ReturnType<typeof session.beginTransaction> | undefined;
  try {
    const timeout = request.timeoutMs === undefined ? {} : { timeout: request.timeoutMs };
    await assertReadOnly(session, request.query, params, {
      requestId,
      ...(request.timeoutMs === undefined ? {} : { timeoutMs: request.timeoutMs }),
    });
    tx = session.beginTransaction({
      ...timeout,
      metadata: { app: "dossier", export: true, requestId },
    });
    let count = 0;
    for await (const record of tx.run(request.query, params) as AsyncIterable<Neo4jRecord>) {
      const found = new GraphAccumulator();
      for (const key of record.keys) collectGraph(record.get(key), found);
      const graph = found.toJson();
      for (const node of graph.nodes) await sink.node(node);
      for (const rel of graph.relationships) await sink.relationship(rel);
      count += 1;
      onRecord?.(count);
    }
    await tx.rollback();
    return count;
  } catch (error) {
    await tx?.rollback().catch(() => {});
    if (error instanceof QueryError) throw error;
    const kind = neo4jErrorKind(error);
    if (kind === "timeout") {
      throw new QueryError(
        504,
        "timeout",
        "The export query ran longer than the transaction time limit and was stopped.",
      );
    }
    if (kind === "read_only") {
      throw new QueryError(
        403,
        "read_only",
        "This query writes to the database, and exports run in read-only mode.",
      );
    }
    return rethrowAsQueryError(error, request.query, 0);
  } finally {
    await session.close();
  }
}
