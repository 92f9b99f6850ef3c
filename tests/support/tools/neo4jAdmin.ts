import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { adminImportArgs } from "../../../graph/neo4j/local/adminImport.ts";
import { runTool } from "./run.ts";

/**
 * `neo4j-admin database import full` from the Neo4j jars the project fetches
 * (its AdminTool entry point), with the options the README gives, into a fresh
 * store under `home` (the layout the project's launcher opens). Returns its report.
 */
export async function neo4jAdminImport(
  home: string,
  nodesCsv: string,
  relationshipsCsv: string,
): Promise<string> {
  mkdirSync(join(home, "conf"), { recursive: true });
  return runTool(
    "java",
    adminImportArgs({
      heap: "512m",
      offHeap: "256m",
      nodes: [nodesCsv],
      relationships: [relationshipsCsv],
      reportFile: join(home, "import.report"),
    }),
    { env: { ...process.env, NEO4J_HOME: home, NEO4J_CONF: join(home, "conf") } },
  );
}
