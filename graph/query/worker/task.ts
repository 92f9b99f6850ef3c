import { workerData } from "node:worker_threads";
import type { Driver } from "neo4j-driver";
import type { ConnectionSettings } from "../../neo4j/connection.ts";
import { createDriver } from "../../neo4j/driver.ts";
import { sessionConfig, withSession } from "../../neo4j/session.ts";
import { assertReadOnly } from "../guard.ts";
import { DEFAULT_MAX_BYTES } from "../answerBounds.ts";
import { runOnce } from "../runUserQuery.ts";
import { type QueryTask, type TaskAnswer, toThrown } from "./protocol.ts";
import { watchingMessages } from "./wireGuard.ts";

/** What a query worker is started with (piscina's workerData). */
export interface QueryWorkerData {
  connection: ConnectionSettings;
}

let driver: Driver | undefined;

/**
 * The worker's own driver, made on its first task: a driver cannot cross
 * threads. Each pooled connection is checked before use (a RESET round trip,
 * under a millisecond locally), so that after its Neo4j restarted the next
 * query takes a new connection instead of failing on a dead one.
 */
function workerDriver(): Driver {
  driver ??= createDriver((workerData as QueryWorkerData).connection, { connectionLivenessCheckTimeout: 0 });
  return driver;
}

/**
 * One task of a query worker (graph/query/worker/pool.ts): receives and
 * decodes the result on this thread, measures it against the caps, and hands
 * back only the bounded answer. The time limit is kept by the main thread,
 * which ends this worker when it is overdue.
 */
export default async function queryTask(task: QueryTask): Promise<TaskAnswer> {
  try {
    if (task.kind === "check") {
      await withSession(workerDriver(), sessionConfig(task.database, "READ"), (session) =>
        assertReadOnly(session, task.query, task.params, {
          timeoutMs: task.timeoutMs,
          requestId: task.requestId,
        }),
      );
      return { ok: true, result: null };
    }
    const request = {
      query: task.query,
      params: task.params,
      database: task.database,
      allowWrites: task.allowWrites,
    };
    // A row larger than the whole answer may be is not received, let alone decoded.
    const result = await watchingMessages(task.limits.maxBytes ?? DEFAULT_MAX_BYTES, (cut) =>
      runOnce(workerDriver(), request, task.limits, task.requestId, cut),
    );
    return { ok: true, result };
  } catch (error) {
    return { ok: false, error: toThrown(error) };
  }
}
