import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Graph from "graphology";
import { parse as parseGexf } from "graphology-gexf";
import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { GraphJson } from "../../graph/model/graphJson.ts";
import { createDriver } from "../../graph/neo4j/driver.ts";
import { localPassword, startLocal, stopLocal } from "../../graph/neo4j/local/instance.ts";
import { testDriver } from "../support/db.ts";
import { type KindTable, sortedGraph } from "../support/exportDecode.ts";
import { exportAs, loadArticleAndAwkwardGraph, storedGraph } from "../support/exportRun.ts";
import { freePort } from "../support/freePort.ts";
import { importedGraph } from "../support/importedGraph.ts";
import { expectGephiKeeps, fromNetworkx, withoutEmptyStrings } from "../support/toolChecks.ts";
import { readWithGephi } from "../support/tools/gephi.ts";
import { neo4jAdminImport } from "../support/tools/neo4jAdmin.ts";
import { readWithNetworkx } from "../support/tools/networkx.ts";

/**
 * The seed article and an awkward graph (unicode, `<&">`, empty strings,
 * lists, integers beyond 2^53, dates, datetimes, parallel edges, a self-loop)
 * exported by the CLI, then opened by the tools each format is for.
 */
let driver: Driver;
let dir: string;
let stored: GraphJson;
let kinds: KindTable;
const files = (name: string) => join(dir, name);

beforeAll(async () => {
  driver = testDriver();
  dir = mkdtempSync(join(tmpdir(), "dossier-export-tools-"));
  await loadArticleAndAwkwardGraph(driver);
  await driver.executeQuery("MATCH (t:Thing) CREATE (t)-[:SAME_AS {note: 'self'}]->(t)");
  stored = await storedGraph(driver);
  await exportAs("gexf", files("graph.gexf"));
  await exportAs("graphml", files("graph.graphml"));
  await exportAs("csv", files("csv"));
  const gexf = parseGexf(Graph, readFileSync(files("graph.gexf"), "utf8"));
  kinds = JSON.parse(String(gexf.getAttribute("dossier:propertytypes"))) as KindTable;
}, 240_000);

afterAll(async () => {
  await driver.close();
  rmSync(dir, { recursive: true, force: true });
});

describe("exports opened by the tools they are for", () => {
  it("Gephi's importer reads GEXF and GraphML: every node, one edge per type and pair, every property column", async () => {
    expect(stored.nodes.length).toBeGreaterThan(55);
    const [gexf, graphml] = await readWithGephi([files("graph.gexf"), files("graph.graphml")]);
    expect(gexf?.file).toBe(files("graph.gexf"));
    expectGephiKeeps(gexf as never, stored, kinds, "gexf");
    expectGephiKeeps(graphml as never, stored, kinds, "graphml");
    const published = gexf?.nodeColumns.find((c) => c.title === "published");
    expect([published?.type, published?.sample]).toEqual(["String", "2025-06-23"]);
  });

  it("NetworkX reads GEXF and GraphML into a multigraph with every relationship and exact values", async () => {
    const [gexf, graphml] = await readWithNetworkx([files("graph.gexf"), files("graph.graphml")]);
    expect(gexf?.type).toBe("MultiDiGraph");
    expect(graphml?.type).toBe("MultiDiGraph");
    expect([Object.keys(gexf?.nodes ?? {}).length, gexf?.edges.length]).toEqual([
      stored.nodes.length,
      stored.relationships.length,
    ]);
    const goita = Object.values(gexf?.nodes ?? {}).find((d) => d.name === "Assimi Goïta");
    expect(JSON.parse(String(goita?.aliases))).toContain("Goita");
    expect(sortedGraph(fromNetworkx(gexf as never, "gexf", kinds))).toEqual(stored);
    expect(sortedGraph(fromNetworkx(graphml as never, "graphml", kinds))).toEqual(
      withoutEmptyStrings(stored),
    );
  });

  // An import, then a Neo4j start on the new store (its system database is created then): give it time.
  it("neo4j-admin database import full loads the CSV as written; the store it writes holds the same graph", async () => {
    const home = mkdtempSync(join(tmpdir(), "dossier-admin-import-"));
    const options = {
      dataDir: home,
      port: await freePort(),
      heap: "512m",
      pagecache: "64m",
      txTimeout: "60s",
      txMemory: "128m",
    };
    try {
      const report = await neo4jAdminImport(home, files("csv/nodes.csv"), files("csv/relationships.csv"));
      expect(report).toContain(`${stored.nodes.length} nodes`);
      expect(report).toContain(`${stored.relationships.length} relationships`);
      const status = await startLocal(options);
      const imported = createDriver({
        uri: status.uri,
        user: "neo4j",
        password: localPassword(home) ?? "",
        database: undefined,
        local: true,
      });
      try {
        const csvKinds = JSON.parse(readFileSync(files("csv/propertytypes.json"), "utf8")) as KindTable;
        expect(await importedGraph(imported, csvKinds)).toEqual(stored);
      } finally {
        await imported.close();
      }
    } finally {
      await stopLocal(options);
      rmSync(home, { recursive: true, force: true });
    }
  }, 240_000);
});
