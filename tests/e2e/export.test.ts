import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DOMParser } from "@xmldom/xmldom";
import { strFromU8, unzipSync } from "fflate";
import Graph from "graphology";
import { parse as parseGexf } from "graphology-gexf";
import { parse as parseGraphml } from "graphology-graphml";
import { PNG } from "pngjs";
import { describe, expect, it } from "vitest";
import type { GraphJson, JsonValue } from "../../graph/model/graphJson.ts";
import { useArticleStack } from "../support/articleStack.ts";
import { storedGraph, withFactCountProperties } from "../support/db.ts";
import { type KindTable, fromCsv, sortedGraph } from "../support/exportDecode.ts";
import { download } from "../support/exportDownload.ts";
import { UI_TIMEOUT } from "../support/explorerPage.ts";
import { expectGephiKeeps, fromNetworkx } from "../support/toolChecks.ts";
import { readWithGephi } from "../support/tools/gephi.ts";
import { neo4jAdminImport } from "../support/tools/neo4jAdmin.ts";
import { readWithNetworkx } from "../support/tools/networkx.ts";

const stack = useArticleStack();

/** The view as the JSON download holds it (graphology's serialisation), as GraphJson. */
function viewGraph(jsonText: string): GraphJson {
  type Attributes = { labels?: string[]; relType?: string; properties: Record<string, JsonValue> };
  const data = JSON.parse(jsonText) as {
    nodes: { key: string; attributes: Attributes }[];
    edges: { key: string; source: string; target: string; attributes: Attributes }[];
  };
  return sortedGraph({
    nodes: data.nodes.map((n) => ({
      id: n.key,
      labels: n.attributes.labels ?? [],
      properties: n.attributes.properties,
    })),
    relationships: data.edges.map((e) => ({
      id: e.key,
      type: e.attributes.relType ?? "",
      start: e.source,
      end: e.target,
      properties: e.attributes.properties,
    })),
  });
}

/** The downloaded files through Gephi, NetworkX and neo4j-admin import, as in tests/db/exportTools.test.ts. */
async function expectToolsRead(
  view: GraphJson,
  files: { gexf: string; graphml: string; csv: (name: string) => string },
): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), "dossier-export-menu-"));
  try {
    const path = (name: string) => join(dir, name);
    writeFileSync(path("view.gexf"), files.gexf);
    writeFileSync(path("view.graphml"), files.graphml);
    for (const name of ["nodes.csv", "relationships.csv"]) writeFileSync(path(name), files.csv(name));
    const kinds = JSON.parse(files.csv("propertytypes.json")) as KindTable;
    const [gephiGexf, gephiGraphml] = await readWithGephi([path("view.gexf"), path("view.graphml")]);
    expectGephiKeeps(gephiGexf as never, view, kinds, "gexf");
    expectGephiKeeps(gephiGraphml as never, view, kinds, "graphml");
    const [nxGexf, nxGraphml] = await readWithNetworkx([path("view.gexf"), path("view.graphml")]);
    expect(sortedGraph(fromNetworkx(nxGexf as never, "gexf", kinds))).toEqual(view);
    expect(sortedGraph(fromNetworkx(nxGraphml as never, "graphml", kinds))).toEqual(view);
    const report = await neo4jAdminImport(path("store"), path("nodes.csv"), path("relationships.csv"));
    expect(report).toContain(`${view.nodes.length} nodes`);
    expect(report).toContain(`${view.relationships.length} relationships`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe("the Export menu", () => {
  it("downloads the view in every format; parsers, Gephi, NetworkX and neo4j-admin read each file whole", async () => {
    const page = await stack.browser.browser.newPage({
      acceptDownloads: true,
      viewport: { width: 1200, height: 800 },
    });
    page.setDefaultTimeout(UI_TIMEOUT);
    const pageErrors: string[] = [];
    page.on("pageerror", (error) => pageErrors.push(error.message));
    // Mali and Russia expanded: their neighbours and relationships are held light, as expand answers them.
    const { records } = await stack.driver.executeQuery(
      "MATCH (e:Entity) WHERE e.id IN ['mali', 'russia'] RETURN elementId(e) AS id",
    );
    const expanded = records.map((r) => `expand=${encodeURIComponent(r.get("id") as string)}`);
    expect(expanded).toHaveLength(2);
    await page.goto(`${stack.server.url}/?${expanded.join("&")}`);
    await page
      .waitForFunction(() => (window.__dossier?.order() ?? 0) > 1, undefined, { timeout: 2 * UI_TIMEOUT })
      .catch(async (error: unknown) => {
        const body = await page.locator("body").innerText();
        throw new Error(
          `The view did not open: ${String(error)}\n${pageErrors.join("\n")}\n${body.slice(0, 800)}`,
        );
      });
    const counts = () =>
      page.evaluate(() => [window.__dossier?.order() ?? -1, window.__dossier?.size() ?? -1]);
    const [nodes = 0, rels = 0] = await counts();
    expect(nodes).toBeGreaterThan(1);
    // The view draws one edge per fact; the files hold every statement of each, counted here in Cypher.
    const edgeIds = await page.evaluate(() => window.__dossier?.edges().map((e) => e.id) ?? []);
    const { records: stating } = await stack.driver.executeQuery(
      `MATCH (x)-[r0]->(y) WHERE elementId(r0) IN $ids
       OPTIONAL MATCH (x)-[q]->(y)
       WHERE r0.article IS NOT NULL AND type(q) = type(r0) AND q.article IS NOT NULL
       WITH r0, count(q) AS stating
       RETURN sum(CASE WHEN r0.article IS NULL THEN 1 ELSE stating END) AS statements`,
      { ids: edgeIds },
    );
    const statements = Number(stating[0]?.get("statements"));
    expect(edgeIds).toHaveLength(rels);
    expect(statements).toBeGreaterThan(rels);

    const jsonText = (await download(page, "json")).toString("utf8");
    const json = Graph.from(JSON.parse(jsonText) as never);
    expect([json.order, json.size]).toEqual([nodes, statements]);
    expect(json.someNode((_id, a) => typeof a.x === "number" && typeof a.color === "string")).toBe(true);
    const view = viewGraph(jsonText);
    // Every property as the database holds it, though the view keeps only what it draws, and on each
    // relationship that states a fact its independent sources and articles.
    const stored = await storedGraph(stack.driver, view);
    expect(view).toEqual(sortedGraph(await withFactCountProperties(stack.driver, stored)));
    expect(view.relationships.some((r) => typeof r.properties.sources === "number")).toBe(true);
    // ...while the view held some of them light (the expansions), so writing what it holds would fail.
    const lightInView = await page.evaluate(
      (ids) => ids.filter((id) => !("evidence" in (window.__dossier?.properties(id) ?? {}))).length,
      view.relationships.map((r) => r.id),
    );
    expect(lightInView).toBeGreaterThan(0);

    const graphmlText = (await download(page, "graphml")).toString("utf8");
    const graphml = parseGraphml(Graph, graphmlText);
    expect([graphml.order, graphml.size]).toEqual([nodes, statements]);

    const gexfText = (await download(page, "gexf")).toString("utf8");
    const gexf = parseGexf(Graph, gexfText);
    expect([gexf.order, gexf.size]).toEqual([nodes, statements]);
    expect(
      gexf.everyNode(
        (_id, a) => typeof a.x === "number" && typeof a.size === "number" && /^#/.test(String(a.color)),
      ),
    ).toBe(true);

    const zip = unzipSync(new Uint8Array(await download(page, "csv")));
    expect(Object.keys(zip).sort()).toEqual(["nodes.csv", "propertytypes.json", "relationships.csv"]);
    const csv = (name: string) => strFromU8(zip[name] ?? new Uint8Array());
    expect(
      sortedGraph(fromCsv(csv("nodes.csv"), csv("relationships.csv"), csv("propertytypes.json"))),
    ).toEqual(view);
    await expectToolsRead(view, { gexf: gexfText, graphml: graphmlText, csv });

    const script = (await download(page, "cypher")).toString("utf8");
    expect(script).toMatch(/^MERGE \(n:`Entity` \{`id`: row\.k\}\)$/m);
    expect(script).toMatch(/^MERGE \(a\)-\[r:\$\(row\.t\)/m);
    // The script recreates the database as it is: no counts, which the database does not hold.
    expect(script).toContain("`article`: ");
    expect(script).not.toContain("`sources`: ");

    const errors: string[] = [];
    const svg = new DOMParser({
      errorHandler: (level: string, m: unknown) => void errors.push(`${level} ${String(m)}`),
    }).parseFromString((await download(page, "svg", 1)).toString("utf8"), "image/svg+xml");
    expect(errors).toEqual([]);
    expect(svg.getElementsByTagName("circle")).toHaveLength(nodes);

    const [width, height] = await page.evaluate(() => {
      const container = document.querySelector("canvas")?.parentElement;
      return [container?.clientWidth ?? 0, container?.clientHeight ?? 0];
    });
    const png = PNG.sync.read(await download(page, "png", 2));
    expect([png.width, png.height]).toEqual([width * 2, height * 2]);
    const colours = new Set<number>();
    let drawn = 0;
    for (let i = 0; i < png.data.length; i += 4) {
      const [r, g, b] = [png.data[i] ?? 255, png.data[i + 1] ?? 255, png.data[i + 2] ?? 255];
      if (r < 240 || g < 240 || b < 240) drawn += 1;
      colours.add((r << 16) | (g << 8) | b);
    }
    expect(drawn).toBeGreaterThan(png.width * png.height * 0.002);
    expect(colours.size).toBeGreaterThan(10);
    expect(await counts()).toEqual([nodes, rels]);
    expect(pageErrors).toEqual([]);
    await page.close();
  });
});
