import { createDriver } from "../../../neo4j/driver.ts";
import { toThrown } from "../../../query/worker/protocol.ts";
import { streamQueryOnce } from "../queryStream.ts";
import { GraphSpool } from "../spool.ts";
import type { ExportAnswer, ExportTask } from "./protocol.ts";

/**
 * An export's reading, in a worker thread (worker/readInWorker.ts): streams every
 * query's nodes and relationships into the spool, adds the ends the queries
 * did not return, and answers the counts. The time limit is kept by the main
 * thread, which ends this worker when it is overdue.
 */
export default async function exportTask(task: ExportTask): Promise<ExportAnswer> {
  const driver = createDriver(task.connection);
  const spool = new GraphSpool(task.spoolDir);
  let read = 0;
  try {
    for (const query of task.queries) {
      const before = read;
      const request = { query, params: task.params, database: task.database, timeoutMs: task.timeoutMs };
      await streamQueryOnce(driver, request, spool, task.requestId, (count) => {
        read = before + count;
        if (read % 1000 === 0) task.progress.postMessage(read);
      });
    }
    await spool.finish(driver, task.database);
    return { ok: true, nodes: spool.nodeCount, relationships: spool.relationshipCount };
  } catch (error) {
    await spool.close();
    return { ok: false, error: toThrown(error) };
  } finally {
    task.progress.close();
    await driver.close();
  }
}
