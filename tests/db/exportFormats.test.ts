import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { strFromU8, unzipSync } from "fflate";
import Graph from "graphology";
import { parse as parseGexf } from "graphology-gexf";
import { parse as parseGraphml } from "graphology-graphml";
import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { GraphJson } from "../../graph/model/graphJson.ts";
import { testDriver } from "../support/db.ts";
import { fromCsv, fromGraphology, sortedGraph } from "../support/exportDecode.ts";
import { exportAs, loadArticleAndAwkwardGraph, storedGraph } from "../support/exportRun.ts";

let driver: Driver;
let dir: string;
let stored: GraphJson;

beforeAll(async () => {
  driver = testDriver();
  dir = mkdtempSync(join(tmpdir(), "dossier-export-formats-"));
  await loadArticleAndAwkwardGraph(driver);
  stored = await storedGraph(driver);
});

afterAll(async () => {
  await driver.close();
  rmSync(dir, { recursive: true, force: true });
});

describe("CLI export to each format, read back with standard parsers", () => {
  it("GraphML and GEXF parse back with graphology's parsers to the stored graph", async () => {
    expect(stored.nodes.length).toBeGreaterThan(50);
    const graphml = join(dir, "graph.graphml");
    const gexf = join(dir, "graph.gexf");
    await exportAs("graphml", graphml);
    await exportAs("gexf", gexf);
    const fromGraphml = parseGraphml(Graph, readFileSync(graphml, "utf8"));
    expect(sortedGraph(fromGraphology(fromGraphml, "graphml"))).toEqual(stored);
    const fromGexf = parseGexf(Graph, readFileSync(gexf, "utf8"));
    expect(sortedGraph(fromGraphology(fromGexf, "gexf"))).toEqual(stored);
  });

  it("CSV (folder and zip) parses back with csv-parse to the same rows; JSON loads into graphology", async () => {
    const folder = join(dir, "csv");
    const zip = join(dir, "graph.zip");
    const json = join(dir, "graph.json");
    await exportAs("csv", folder);
    await exportAs("csv", zip);
    await exportAs("json", json);
    const fromFolder = fromCsv(
      readFileSync(join(folder, "nodes.csv"), "utf8"),
      readFileSync(join(folder, "relationships.csv"), "utf8"),
      readFileSync(join(folder, "propertytypes.json"), "utf8"),
    );
    expect(sortedGraph(fromFolder)).toEqual(stored);
    const entries = unzipSync(readFileSync(zip));
    const fromZip = fromCsv(
      strFromU8(entries["nodes.csv"] ?? new Uint8Array()),
      strFromU8(entries["relationships.csv"] ?? new Uint8Array()),
      strFromU8(entries["propertytypes.json"] ?? new Uint8Array()),
    );
    expect(sortedGraph(fromZip)).toEqual(stored);
    const graph = Graph.from(JSON.parse(readFileSync(json, "utf8")) as never);
    expect(graph.order).toBe(stored.nodes.length);
    expect(graph.size).toBe(stored.relationships.length);
    for (const node of stored.nodes) {
      expect(graph.getNodeAttribute(node.id, "properties")).toEqual(node.properties);
    }
    const evidence = stored.relationships.find((r) => r.type === "MET_WITH");
    expect(graph.getEdgeAttribute(evidence?.id, "properties")).toEqual(evidence?.properties);
    expect(evidence?.properties.evidence).toBeInstanceOf(Array);
  });
});
