import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { strFromU8, unzipSync } from "fflate";
import Graph from "graphology";
import { parse as parseGexf } from "graphology-gexf";
import { parse as parseGraphml } from "graphology-graphml";
import type { Driver, Node, Relationship } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadArticles } from "../../graph/loader/load.ts";
import type { GraphJson } from "../../graph/model/graphJson.ts";
import { nodeToJson, relationshipToJson } from "../../graph/neo4j/records.ts";
import { goitaDir } from "../support/articleFixture.ts";
import { createAwkwardGraph } from "../support/awkwardGraph.ts";
import { runCli } from "../support/cli.ts";
import { clearDatabase, testConnection, testDriver } from "../support/db.ts";
import { fromCsv, fromGraphology, sortedGraph } from "../support/exportDecode.ts";

let driver: Driver;
let dir: string;
let stored: GraphJson;
const env = () => {
  const c = testConnection();
  return { NEO4J_URI: c.uri, NEO4J_USER: c.user, NEO4J_PASSWORD: c.password };
};

async function exportAs(format: string, out: string): Promise<void> {
  // Lone nodes, then bare relationships: the CLI fetches the ends the query did not return.
  const query = "MATCH (n) WHERE NOT (n)--() RETURN n UNION ALL MATCH ()-[r]->() RETURN r AS n";
  const result = await runCli("export", ["--query", query, "--format", format, "--out", out], env());
  expect(result.stderr).toBe("");
  expect(result.code).toBe(0);
}

beforeAll(async () => {
  driver = testDriver();
  dir = mkdtempSync(join(tmpdir(), "dossier-export-formats-"));
  await clearDatabase(driver);
  await loadArticles(driver, [goitaDir]);
  await createAwkwardGraph(driver);
  const nodes = await driver.executeQuery("MATCH (n) RETURN n");
  const rels = await driver.executeQuery("MATCH ()-[r]->() RETURN r");
  stored = sortedGraph({
    nodes: nodes.records.map((r) => nodeToJson(r.get("n") as Node)),
    relationships: rels.records.map((r) => relationshipToJson(r.get("r") as Relationship)),
  });
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
