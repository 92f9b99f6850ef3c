import { randomUUID } from "node:crypto";
import { MessageChannel } from "node:worker_threads";
import type { Driver } from "neo4j-driver";
import { Piscina } from "piscina";
import type { ConnectionSettings } from "../../../neo4j/connection.ts";
import { type OnStuckQuery, withDeadline } from "../../../query/deadline.ts";
import { fromThrown, paramsForWorker } from "../../../query/worker/protocol.ts";
import type { ExportAnswer, ExportTask } from "./protocol.ts";

export interface ExportReading {
  queries: string[];
  params: Record<string, unknown>;
  /** A user's query always has one; the project's own statements (--all) leave the server's. */
  timeoutMs: number | undefined;
  onStuck?: OnStuckQuery | undefined;
}

/**
 * Reads an export's queries into the spool in `spoolDir` on a worker thread,
 * and keeps the time limit on this one: the driver decodes a row whole (ten
 * million numbers take minutes), which on this thread would hold the deadline
 * up. An overdue worker is ended with its connection, and the query is
 * terminated and checked as the workbench's are (query/deadline.ts). The
 * caller removes the spool's folder whatever happens.
 */
export async function readInWorker(
  main: { driver: Driver; database: string | undefined; connection: ConnectionSettings },
  reading: ExportReading,
  spoolDir: string,
  onProgress: (records: number) => void,
): Promise<{ nodes: number; relationships: number }> {
  const pool = new Piscina({
    filename: new URL("./entry.mjs", import.meta.url).href,
    minThreads: 1,
    maxThreads: 1,
    // The entry registers its own TypeScript loader.
    execArgv: [],
  });
  const requestId = randomUUID();
  const worker = new AbortController();
  const progress = new MessageChannel();
  progress.port1.on("message", (records: number) => onProgress(records));
  const task: ExportTask = {
    connection: main.connection,
    queries: reading.queries,
    params: paramsForWorker(reading.params) as Record<string, unknown>,
    database: main.database,
    timeoutMs: reading.timeoutMs,
    requestId,
    spoolDir,
    progress: progress.port2,
  };
  const read = async () => {
    const answer = (await pool.run(task, {
      signal: worker.signal,
      transferList: [progress.port2],
    })) as ExportAnswer;
    if (!answer.ok) throw fromThrown(answer.error);
    return { nodes: answer.nodes, relationships: answer.relationships };
  };
  try {
    if (reading.timeoutMs === undefined) return await read();
    const deadline = {
      driver: main.driver,
      database: main.database,
      requestId,
      timeoutMs: reading.timeoutMs,
      onStuck: reading.onStuck,
      stop: () => worker.abort(),
    };
    return await withDeadline(deadline, read);
  } finally {
    progress.port1.close();
    await pool.destroy();
  }
}
