import { spawn } from "node:child_process";
import { closeSync, openSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { SetupError } from "../../neo4j/local/install.ts";
import { adminImportArgs } from "../../neo4j/local/adminImport.ts";
import type { LocalInstanceOptions } from "../../neo4j/local/instance.ts";
import { instanceFiles } from "../../neo4j/local/paths.ts";
import { ARRAY_DELIMITER } from "./columns.ts";
import type { ImportFiles } from "./csvFiles.ts";

/**
 * Runs Neo4j's offline importer (`neo4j-admin database import full`, from the
 * jars the local Neo4j already runs on) into the stopped local instance's
 * store, replacing its `database`. `workDir` takes its log and report.
 */
export async function runImporter(
  options: Pick<LocalInstanceOptions, "dataDir" | "heap" | "pagecache">,
  files: ImportFiles,
  workDir: string,
  database = "neo4j",
): Promise<void> {
  const log = join(workDir, "import.log");
  const logFd = openSync(log, "w", 0o600);
  const args = adminImportArgs({
    heap: options.heap,
    // Buffers the size of the instance's page cache.
    offHeap: options.pagecache,
    nodes: files.nodes,
    relationships: files.relationships,
    reportFile: join(workDir, "import.report"),
    options: [`--array-delimiter=${ARRAY_DELIMITER}`],
    database,
  });
  // NEO4J_CONF names the instance's own settings, so the store goes where the instance reads it.
  const env = { ...process.env, NEO4J_HOME: options.dataDir, NEO4J_CONF: instanceFiles(options.dataDir).dir };
  const code = await new Promise<number>((resolve, reject) => {
    const child = spawn("java", args, { env, stdio: ["ignore", logFd, logFd] });
    child.once("error", reject);
    child.once("exit", (exit) => resolve(exit ?? -1));
  }).finally(() => closeSync(logFd));
  if (code !== 0) {
    const tail = readFileSync(log, "utf8").trim().split("\n").slice(-8).join("\n");
    throw new SetupError(`Neo4j's bulk importer failed (exit code ${code}); its output ends with:\n${tail}`);
  }
}
