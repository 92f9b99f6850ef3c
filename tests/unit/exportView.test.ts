import { DOMParser } from "@xmldom/xmldom";
import Graph from "graphology";
import { describe, expect, it } from "vitest";
import { toSvg } from "../../app/src/explorer/export/svg.ts";
import { resultExport, selectionExport, viewExport } from "../../app/src/explorer/export/viewGraph.ts";
import type { ViewEdge, ViewGraph, ViewNode } from "../../app/src/shell/explorerContext.ts";

function view(): ViewGraph {
  const graph: ViewGraph = new Graph<ViewNode, ViewEdge>({ multi: true, type: "directed" });
  const node = (id: string, x: number, y: number, name: string) =>
    graph.addNode(id, {
      x,
      y,
      size: 6,
      color: "#e15759",
      label: name,
      labels: ["Entity"],
      properties: { name },
    });
  node("a", 0, 0, "Goïta <&>");
  node("b", 10, 5, "Putin");
  node("c", -4, 8, "Mali");
  graph.addEdgeWithKey("ab", "a", "b", {
    size: 2,
    color: "#999",
    label: "MET_WITH",
    relType: "MET_WITH",
    properties: {},
  });
  graph.addEdgeWithKey("ac", "a", "c", {
    size: 1,
    color: "#999",
    label: "LEADS",
    relType: "LEADS",
    properties: {},
  });
  return graph;
}

describe("what the Export menu writes", () => {
  it("the view keeps every node and relationship with its drawing", () => {
    const graph = viewExport(view());
    expect(graph.nodes.map((n) => n.id)).toEqual(["a", "b", "c"]);
    expect(graph.nodes[1]?.look).toEqual({ x: 10, y: 5, size: 6, color: "#e15759", label: "Putin" });
    expect(graph.relationships.map((r) => [r.id, r.type, r.start, r.end])).toEqual([
      ["ab", "MET_WITH", "a", "b"],
      ["ac", "LEADS", "a", "c"],
    ]);
  });

  it("the selection brings the relationships among selected nodes and the ends of selected relationships", () => {
    const g = view();
    const nodes = selectionExport(g, new Set(["a", "b"]));
    expect(nodes.nodes.map((n) => n.id).sort()).toEqual(["a", "b"]);
    expect(nodes.relationships.map((r) => r.id)).toEqual(["ab"]);
    const rel = selectionExport(g, new Set(["ac"]));
    expect(rel.nodes.map((n) => n.id).sort()).toEqual(["a", "c"]);
    expect(rel.relationships.map((r) => r.id)).toEqual(["ac"]);
  });

  it("a query result keeps its own nodes, drawn as on screen where they are on screen", () => {
    const result = resultExport(view(), {
      nodes: [
        { id: "a", labels: ["Entity"], properties: { name: "Goïta <&>" } },
        { id: "z", labels: ["Thing"], properties: {} },
      ],
      relationships: [{ id: "az", type: "HAS", start: "a", end: "z", properties: {} }],
    });
    expect(result.nodes.find((n) => n.id === "a")?.look?.x).toBe(0);
    expect(result.nodes.find((n) => n.id === "z")?.look).toBeUndefined();
    expect(result.relationships).toHaveLength(1);
  });

  it("the SVG is well-formed, scaled, with one circle per node and one line per relationship", () => {
    const svg = toSvg(viewExport(view()), 2);
    const errors: string[] = [];
    const doc = new DOMParser({
      errorHandler: (level: string, message: unknown) => void errors.push(`${level}: ${String(message)}`),
    }).parseFromString(svg, "image/svg+xml");
    expect(errors).toEqual([]);
    const root = doc.documentElement;
    const [, , w] = (root?.getAttribute("viewBox") ?? "").split(" ").map(Number);
    expect(Number(root?.getAttribute("width"))).toBe((w ?? 0) * 2);
    expect(doc.getElementsByTagName("circle")).toHaveLength(3);
    expect(doc.getElementsByTagName("text")[0]?.textContent).toBe("Goïta <&>");
    expect(doc.getElementsByTagName("line")).toHaveLength(2);
  });

  it("the SVG made on the map draws the outlines, one path a ring, under the relationships", () => {
    const ring = new Float64Array([-10, 10, 10, 10, 10, -10, -10, -10]);
    const svg = toSvg(viewExport(view()), 1, 800, [ring, ring]);
    const doc = new DOMParser().parseFromString(svg, "image/svg+xml");
    const groups = Array.from(doc.getElementsByTagName("g")).map((g) => g.getAttribute("class"));
    expect(groups.indexOf("map")).toBeGreaterThanOrEqual(0);
    expect(groups.indexOf("map")).toBeLessThan(groups.indexOf("edges"));
    expect(doc.getElementsByTagName("path")).toHaveLength(2);
    expect(toSvg(viewExport(view()), 1)).not.toContain('class="map"');
  });
});
