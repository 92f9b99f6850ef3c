import type { Driver } from "neo4j-driver";
import neo4j from "neo4j-driver";
import { cypher } from "../../graph/neo4j/cypherFiles.ts";
import { sessionConfig, withSession } from "../../graph/neo4j/session.ts";
import { CSV_FILES } from "../csv/writeCsv.ts";
import { serveDir } from "../csv/serve.ts";

/**
 * Neo4j's own loading path on the CSV files of a dataset: LOAD CSV over http,
 * each file with CALL { ... } IN TRANSACTIONS OF `batch` ROWS, in dependency
 * order. Returns the seconds it took.
 */
export async function loadWithLoadCsv(driver: Driver, csvDir: string, batch: number): Promise<number> {
  const server = await serveDir(csvDir);
  // CALL IN TRANSACTIONS needs an auto-commit transaction: session.run.
  try {
    return await withSession(driver, sessionConfig(undefined, "WRITE"), async (session) => {
      const started = performance.now();
      for (const file of CSV_FILES) {
        await session.run(cypher(`bench/csv-${file}`), {
          url: server.url(`${file}.csv`),
          batch: neo4j.int(batch),
        });
      }
      return (performance.now() - started) / 1000;
    });
  } finally {
    await server.close();
  }
}

export async function countAll(driver: Driver): Promise<{ nodes: number; relationships: number }> {
  const result = await driver.executeQuery(cypher("bench/count-all"));
  const record = result.records[0]!;
  return { nodes: Number(record.get("nodes")), relationships: Number(record.get("relationships")) };
}
