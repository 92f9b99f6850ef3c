import Graph from "graphology";
import { describe, expect, it } from "vitest";
import type { ViewEdge, ViewNode } from "../../app/src/shell/explorerContext.ts";
import { syncViewGraph, type PositionCache } from "../../app/src/explorer/state/graphSync.ts";
import { addGraph, emptyView, removeNodes } from "../../app/src/explorer/state/viewState.ts";
import { labelColor } from "../../app/src/shell/palette.ts";

const node = (id: string, label = "Person") => ({
  id,
  labels: ["Entity", label],
  properties: { name: `Name ${id}` },
});
const rel = (id: string, start: string, end: string) => ({ id, type: "LEADS", start, end, properties: {} });

describe("syncing the view data into the graphology graph", () => {
  it("adds nodes with caption, colour by label and size by degree, and edges with relType", () => {
    const graph = new Graph<ViewNode, ViewEdge>({ multi: true, type: "directed" });
    const view = addGraph(emptyView, {
      nodes: [node("a"), node("b", "Country"), node("c")],
      relationships: [rel("ab", "a", "b"), rel("ac", "a", "c"), rel("ab2", "a", "b")],
    });
    const added = syncViewGraph(graph, view, new Map());
    expect(added.sort()).toEqual(["a", "b", "c"]);
    expect(graph.order).toBe(3);
    expect(graph.size).toBe(3);
    expect(graph.getNodeAttribute("a", "label")).toBe("Name a");
    expect(graph.getNodeAttribute("b", "color")).toBe(labelColor("Country"));
    expect(graph.getNodeAttribute("a", "size")).toBeGreaterThan(graph.getNodeAttribute("c", "size"));
    expect(graph.getEdgeAttribute("ab", "relType")).toBe("LEADS");
  });

  it("keeps positions of drawn nodes, places new ones near their parent, and restores removed ones", () => {
    const graph = new Graph<ViewNode, ViewEdge>({ multi: true, type: "directed" });
    const cache: PositionCache = new Map();
    const first = addGraph(emptyView, {
      nodes: [node("a"), node("b")],
      relationships: [rel("ab", "a", "b")],
    });
    syncViewGraph(graph, first, cache);
    graph.mergeNodeAttributes("a", { x: 100, y: 100 });
    const before = graph.getNodeAttributes("b");

    const second = addGraph(first, { nodes: [node("n")], relationships: [rel("an", "a", "n")] });
    expect(syncViewGraph(graph, second, cache)).toEqual(["n"]);
    expect(graph.getNodeAttribute("b", "x")).toBe(before.x);
    const n = graph.getNodeAttributes("n");
    expect(Math.hypot(n.x - 100, n.y - 100)).toBeLessThan(3);

    syncViewGraph(graph, removeNodes(second, ["n"]), cache);
    expect(graph.hasNode("n")).toBe(false);
    syncViewGraph(graph, second, cache);
    expect(graph.getNodeAttributes("n")).toMatchObject({ x: n.x, y: n.y });
  });

  it("marks pinned nodes as fixed for the layout", () => {
    const graph = new Graph<ViewNode, ViewEdge>({ multi: true, type: "directed" });
    const view = { ...addGraph(emptyView, { nodes: [node("a")], relationships: [] }), pinned: ["a"] };
    syncViewGraph(graph, view, new Map());
    expect(graph.getNodeAttribute("a", "pinned")).toBe(true);
    expect((graph.getNodeAttributes("a") as ViewNode & { fixed?: boolean }).fixed).toBe(true);
  });
});
