import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Driver } from "neo4j-driver";
import { loadArticles } from "../graph/loader/load.ts";
import { installLocalNeo4j } from "../graph/neo4j/local/install.ts";
import {
  type LocalInstanceOptions,
  localPassword,
  startLocal,
  stopLocal,
} from "../graph/neo4j/local/instance.ts";
import type { ConnectionSettings } from "../graph/neo4j/connection.ts";
import { createDriver } from "../graph/neo4j/driver.ts";
import { freePort } from "../tests/support/freePort.ts";

export interface BenchNeo4j {
  driver: Driver;
  uri: string;
  password: string;
  pid: number;
  dataDir: string;
  /** How it was started and how to reach it, for a bulk import that stops and starts it again. */
  options: LocalInstanceOptions;
  connection: ConnectionSettings;
  stop: () => Promise<void>;
  /**
   * The folder of the article folders it was loaded from. The app server
   * started on it reconciles its graph with this folder, as npm start does
   * with data/articles: any other folder would have it remove the corpus.
   */
  articlesDir?: string;
}

/** Memory of the bench instance: enough heap for 1M-relation batches, a page cache for the store. */
export const BENCH_MEMORY = { heap: "3g", pagecache: "2g", txMemory: "2g" };

/**
 * A fresh local Neo4j in a temporary folder on a free port, so each run starts
 * from an empty store; stopped and deleted by stop().
 */
export async function startBenchNeo4j(): Promise<BenchNeo4j> {
  installLocalNeo4j(() => undefined);
  const dataDir = mkdtempSync(join(tmpdir(), "dossier-bench-neo4j-"));
  const port = await freePort();
  const options: LocalInstanceOptions = {
    dataDir,
    port,
    heap: BENCH_MEMORY.heap,
    pagecache: BENCH_MEMORY.pagecache,
    txTimeout: "1800s",
    txMemory: BENCH_MEMORY.txMemory,
  };
  const status = await startLocal(options, { timeoutMs: 300_000 });
  const password = localPassword(dataDir) ?? "";
  const connection = { uri: status.uri, user: "neo4j", password, database: undefined, local: true };
  const driver = createDriver(connection, {
    connectionAcquisitionTimeout: 120_000,
    maxTransactionRetryTime: 0,
  });
  return {
    driver,
    uri: status.uri,
    password,
    pid: status.pid ?? 0,
    dataDir,
    options,
    connection,
    stop: async () => {
      await driver.close();
      await stopLocal(options);
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** A fresh instance with the given dataset loaded by the loader (untimed), for the sections that read a graph. */
export async function loadedBenchNeo4j(dirs: readonly string[], articlesDir: string): Promise<BenchNeo4j> {
  const db = await startBenchNeo4j();
  try {
    await loadArticles(db.driver, dirs);
    return { ...db, articlesDir };
  } catch (error) {
    await db.stop();
    throw error;
  }
}
