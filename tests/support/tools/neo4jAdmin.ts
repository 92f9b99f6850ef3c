import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { JVM_FLAGS } from "../../../graph/neo4j/local/instance.ts";
import { libDir } from "../../../graph/neo4j/local/paths.ts";
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
    [
      "-Xmx512m",
      ...JVM_FLAGS,
      "-cp",
      join(libDir, "*"),
      "org.neo4j.cli.AdminTool",
      "database",
      "import",
      "full",
      `--nodes=${nodesCsv}`,
      `--relationships=${relationshipsCsv}`,
      "--multiline-fields=true",
      "--max-off-heap-memory=256m",
      `--report-file=${join(home, "import.report")}`,
      "--overwrite-destination",
      "--verbose",
      "neo4j",
    ],
    { env: { ...process.env, NEO4J_HOME: home, NEO4J_CONF: join(home, "conf") } },
  );
}
