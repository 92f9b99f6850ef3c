import Graph from "graphology";
import { parse as parseGexf } from "graphology-gexf";
import { parse as parseGraphml } from "graphology-graphml";
import { unzipSync, strFromU8 } from "fflate";
import { describe, expect, it } from "vitest";
import { csvFiles, writeCsvZip, writeText } from "../../graph/export/formats.ts";
import { arraySource } from "../../graph/export/source.ts";
import type { GraphJson } from "../../graph/model/graphJson.ts";
import { awkwardGraph } from "../support/awkwardGraph.ts";
import { fromCsv, fromGraphology, sortedGraph } from "../support/exportDecode.ts";

async function text(chunks: AsyncIterable<string>): Promise<string> {
  let out = "";
  for await (const chunk of chunks) out += chunk;
  return out;
}

const source = arraySource(awkwardGraph);
const plain: GraphJson = sortedGraph({
  nodes: awkwardGraph.nodes.map(({ look: _look, ...n }) => n),
  relationships: awkwardGraph.relationships.map(({ look: _look, ...r }) => r),
});

describe("export writers on a graph with awkward values", () => {
  it("JSON is graphology's format: Graph.from restores nodes, edges, types and the drawing", async () => {
    const graph = Graph.from(JSON.parse(await text(writeText("json", source))) as never);
    expect(graph.order).toBe(3);
    expect(graph.size).toBe(3);
    for (const node of awkwardGraph.nodes) {
      expect(graph.getNodeAttributes(node.id)).toEqual({
        ...node.look,
        labels: node.labels,
        properties: node.properties,
      });
    }
    for (const rel of awkwardGraph.relationships) {
      expect(graph.source(rel.id)).toBe(rel.start);
      expect(graph.target(rel.id)).toBe(rel.end);
      expect(graph.getEdgeAttribute(rel.id, "relType")).toBe(rel.type);
      expect(graph.getEdgeAttribute(rel.id, "properties")).toEqual(rel.properties);
    }
  });

  it("GraphML parses back with graphology-graphml to the same graph, attributes and types", async () => {
    const xml = await text(writeText("graphml", source));
    const graph = parseGraphml(Graph, xml);
    expect(sortedGraph(fromGraphology(graph, "graphml"))).toEqual(plain);
    expect(graph.getNodeAttribute("4:x:1", "x")).toBe(1.25);
    expect(graph.getNodeAttribute("4:x:1", "color")).toBe("#e15759");
    expect(graph.getNodeAttribute("4:x:1", "score")).toBe(1.5);
    expect(graph.getNodeAttribute("4:x:1", "flag")).toBe(true);
    expect(xml).toContain('attr.name="score" attr.type="double"');
    expect(xml).toContain('attr.name="flag" attr.type="boolean"');
  });

  it("GEXF 1.2 parses back with graphology-gexf to the same graph, with viz colour, size and position", async () => {
    const xml = await text(writeText("gexf", source));
    expect(xml).toContain('version="1.2"');
    expect(xml).toContain('kind="KNOWS"');
    expect(xml).not.toMatch(/type="(date|list(long|double|boolean))"/);
    const graph = parseGexf(Graph, xml);
    expect(sortedGraph(fromGraphology(graph, "gexf"))).toEqual(plain);
    for (const node of awkwardGraph.nodes) {
      const attributes = graph.getNodeAttributes(node.id);
      expect([attributes.x, attributes.y, attributes.size, attributes.color]).toEqual([
        node.look?.x,
        node.look?.y,
        node.look?.size,
        node.look?.color,
      ]);
    }
    expect(graph.getNodeAttribute("4:x:1", "tags")).toEqual(awkwardGraph.nodes[0]?.properties.tags);
  });

  it("CSV files and the zip parse back with csv-parse to the same rows", async () => {
    const files = await csvFiles(source);
    const [nodesCsv, relsCsv, typesJson] = await Promise.all(files.map((f) => text(f.chunks)));
    expect(nodesCsv?.split("\n")[0]).toMatch(/^dossierSourceId:ID,:LABEL,/);
    expect(relsCsv?.split("\n")[0]).toMatch(/^dossierSourceId:string,:TYPE,:START_ID,:END_ID,/);
    expect(`${nodesCsv}${relsCsv}`).not.toMatch(/:json\b/);
    expect(sortedGraph(fromCsv(nodesCsv ?? "", relsCsv ?? "", typesJson ?? ""))).toEqual(plain);
    const parts: Uint8Array[] = [];
    for await (const part of writeCsvZip(source)) parts.push(part);
    const zipped = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
    let at = 0;
    for (const p of parts) {
      zipped.set(p, at);
      at += p.length;
    }
    const entries = unzipSync(zipped);
    expect(Object.keys(entries).sort()).toEqual(["nodes.csv", "propertytypes.json", "relationships.csv"]);
    const fromZip = fromCsv(
      strFromU8(entries["nodes.csv"] as Uint8Array),
      strFromU8(entries["relationships.csv"] as Uint8Array),
      strFromU8(entries["propertytypes.json"] as Uint8Array),
    );
    expect(sortedGraph(fromZip)).toEqual(plain);
  });
});
