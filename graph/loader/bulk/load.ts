import { mkdtempSync, rmSync } from "node:fs";
import type { Driver } from "neo4j-driver";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { ConnectionSettings } from "../../neo4j/connection.ts";
import { cypher } from "../../neo4j/cypherFiles.ts";
import { createDriver } from "../../neo4j/driver.ts";
import { type LocalInstanceOptions, startLocal, stopLocal } from "../../neo4j/local/instance.ts";
import { sessionConfig, withSession } from "../../neo4j/session.ts";
import type { LoadResult } from "../load.ts";
import { planArticle } from "../plan.ts";
import type { ArticleInput } from "../read.ts";
import { ensureSchema, graphCounts } from "../write.ts";
import { type ImportFiles, ImportCsvWriter } from "./csvFiles.ts";
import { runImporter } from "./importer.ts";

export interface BulkLoadOptions {
  /** The local instance to import into: stopped, imported into and started again. */
  instance: LocalInstanceOptions;
  /** How to reach it once started again. */
  connection: ConnectionSettings;
  /** One line as each step starts. */
  log?: (line: string) => void;
}

/**
 * The first load of a corpus into an empty local Neo4j, through Neo4j's
 * offline importer: the articles (read and validated already) are planned as
 * for the incremental loader and written as CSV files, then Neo4j is
 * stopped, the files imported, Neo4j started again and the schema created.
 * The graph is the one the incremental loader writes (a db test compares
 * both); the caller checks the store is empty, as the import replaces it.
 */
export async function bulkLoadInputs(
  inputs: readonly ArticleInput[],
  options: BulkLoadOptions,
): Promise<LoadResult> {
  const log = options.log ?? (() => undefined);
  const database = options.connection.database;
  const workDir = mkdtempSync(join(tmpdir(), "dossier-bulk-"));
  try {
    // Neo4j shuts down while the files are written: the two overlap.
    log(`Stopping the local Neo4j and writing ${inputs.length} article(s) as import files...`);
    const stopping = stopLocal(options.instance);
    let files: ImportFiles;
    try {
      try {
        const writer = new ImportCsvWriter(workDir);
        for (const input of inputs) writer.add(planArticle(input));
        files = writer.close();
      } finally {
        await stopping;
      }
      log("Importing with Neo4j's bulk importer...");
      await runImporter(options.instance, files, workDir, database);
    } finally {
      log("Starting the local Neo4j again...");
      await startLocal(options.instance);
    }
    const driver = createDriver(options.connection);
    try {
      // The empty lists are set while the new indexes are populated.
      log("Creating the constraints and indexes, and setting the empty lists...");
      await ensureSchema(driver, database, () =>
        withSession(driver, sessionConfig(database, "WRITE"), async (session) => {
          // CALL ... IN TRANSACTIONS needs an auto-commit transaction: session.run.
          if (files.emptyLists.nodes) await session.run(cypher("load/bulk-empty-lists-nodes"));
          if (files.emptyLists.relationships)
            await session.run(cypher("load/bulk-empty-lists-relationships"));
        }),
      );
      return { articles: inputs.map((i) => i.meta.slug), counts: await graphCounts(driver, database) };
    } finally {
      await driver.close();
    }
  } finally {
    rmSync(workDir, { recursive: true, force: true });
  }
}

/** Whether the database holds no node at all. */
export async function storeIsEmpty(driver: Driver, database: string | undefined): Promise<boolean> {
  return withSession(driver, sessionConfig(database, "READ"), async (session) => {
    const result = await session.run(cypher("load/store-is-empty"));
    return result.records[0]?.get("empty") === true;
  });
}
