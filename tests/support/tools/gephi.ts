import { existsSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import { localRoot } from "../../../graph/neo4j/local/paths.ts";
import { runTool } from "./run.ts";

/** Gephi's own importer, as a one-jar toolkit from Maven Central (fetched once, like the Neo4j jars). */
const GEPHI_VERSION = "0.10.1";
const gephiDir = join(localRoot, "..", "gephi");
const gephiJar = join(gephiDir, `gephi-toolkit-${GEPHI_VERSION}-all.jar`);
const program = join(import.meta.dirname, "GephiRead.java");

export interface GephiColumn {
  title: string;
  type: string;
  /** Gephi's own columns (Id, Label, Interval, Weight). */
  property: boolean;
  /** How many nodes or edges have a value in it. */
  count: number;
  sample: string | null;
}

export interface GephiGraph {
  file: string;
  nodes: number;
  edges: number;
  edgeTypes: number;
  issues: string[];
  nodeColumns: GephiColumn[];
  edgeColumns: GephiColumn[];
}

export async function ensureGephiToolkit(): Promise<string> {
  if (existsSync(gephiJar)) return gephiJar;
  mkdirSync(gephiDir, { recursive: true });
  await runTool("mvn", [
    "-q",
    "-B",
    "dependency:copy",
    `-Dartifact=org.gephi:gephi-toolkit:${GEPHI_VERSION}:jar:all`,
    `-DoutputDirectory=${gephiDir}`,
  ]);
  return gephiJar;
}

/** Opens every file with Gephi's importer in one JVM (tests/support/tools/GephiRead.java). */
export async function readWithGephi(files: string[]): Promise<GephiGraph[]> {
  const jar = await ensureGephiToolkit();
  const out = await runTool("java", ["-Djava.awt.headless=true", "-Xmx512m", "-cp", jar, program, ...files]);
  return out
    .split("\n")
    .filter((line) => line.startsWith("{"))
    .map((line) => JSON.parse(line) as GephiGraph);
}
