import { join } from "node:path";
import { JVM_FLAGS } from "./instance.ts";
import { libDir } from "./paths.ts";

export interface AdminImportRun {
  heap: string;
  /** The importer's off-heap buffers (its default is a share of all memory). */
  offHeap: string;
  nodes: readonly string[];
  relationships: readonly string[];
  reportFile: string;
  /** Further importer options, such as `--array-delimiter=...`. */
  options?: readonly string[];
  database?: string;
}

/**
 * The `java` arguments of `neo4j-admin database import full` run from the
 * Neo4j jars the project fetches (its AdminTool entry point). It writes the
 * store of `$NEO4J_HOME`, configured by `$NEO4J_CONF/neo4j.conf`.
 */
export function adminImportArgs(run: AdminImportRun): string[] {
  return [
    `-Xmx${run.heap}`,
    ...JVM_FLAGS,
    "-cp",
    join(libDir, "*"),
    "org.neo4j.cli.AdminTool",
    "database",
    "import",
    "full",
    ...run.nodes.map((file) => `--nodes=${file}`),
    ...run.relationships.map((file) => `--relationships=${file}`),
    // Texts and quotes span lines.
    "--multiline-fields=true",
    `--max-off-heap-memory=${run.offHeap}`,
    `--report-file=${run.reportFile}`,
    ...(run.options ?? []),
    "--overwrite-destination",
    "--verbose",
    run.database ?? "neo4j",
  ];
}
