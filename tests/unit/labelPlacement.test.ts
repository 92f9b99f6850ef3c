import Graph from "graphology";
import { describe, expect, it } from "vitest";
import { labelBox, overlaps } from "../../app/src/explorer/canvas/labelGeometry.ts";
import type { ViewEdge, ViewGraph, ViewNode } from "../../app/src/shell/explorerContext.ts";
import { initialLayout } from "../../app/src/explorer/layout/initialLayout.ts";
import { aspect, type Viewport } from "../../app/src/explorer/layout/labelPlacement.ts";
import { type LabelCandidate, visibleLabels } from "../../app/src/explorer/layout/labelVisibility.ts";
import { sizeForDegree } from "../../app/src/shell/palette.ts";

const FONT = 13;
/** About system-ui at 13 px: 7 px a character. */
const viewport: Viewport = { width: 1000, height: 760, fontSize: FONT, measure: (text) => text.length * 7 };

/**
 * A graph of `n` nodes grown by preferential attachment (a few hubs, many
 * leaves, as news corpora are), with names as long as the corpus's.
 */
function corpusLike(n: number, seed = 1): ViewGraph {
  let state = seed;
  const random = () => {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    return state / 2 ** 31;
  };
  const graph: ViewGraph = new Graph<ViewNode, ViewEdge>({ multi: true, type: "directed" });
  const ends: string[] = [];
  for (let i = 0; i < n; i++) {
    const id = `n${i}`;
    graph.addNode(id, {
      x: 0,
      y: 0,
      size: 5,
      color: "#888",
      label: `${["Ministry of", "Council of", "Bank of", "Army of"][i % 4]} Region ${i}`,
      labels: ["Entity"],
      properties: {},
    });
    if (i > 0) {
      const other =
        ends.length > 0 && random() < 0.8
          ? ends[Math.floor(random() * ends.length)]!
          : `n${Math.floor(random() * i)}`;
      graph.addEdge(id, other, { size: 1, color: "#999", label: "", relType: "WITH", properties: {} });
      ends.push(id, other);
    }
  }
  graph.forEachNode((id) => graph.setNodeAttribute(id, "size", sizeForDegree(graph.degree(id))));
  return graph;
}

/** The labels drawn at the fitted view (positions are its pixels) with the camera zoomed by `zoom`. */
function drawn(graph: ViewGraph, zoom = 1): { kept: Set<string>; boxes: ReturnType<typeof labelBox>[] } {
  const cx = viewport.width / 2;
  const cy = viewport.height / 2;
  const candidates: LabelCandidate[] = graph
    .nodes()
    .sort((a, b) => graph.degree(b) - graph.degree(a))
    .map((id) => {
      const a = graph.getNodeAttributes(id);
      return {
        id,
        x: cx + (a.x - cx) * zoom,
        y: cy + (a.y - cy) * zoom,
        size: a.size,
        width: viewport.measure(a.label),
      };
    });
  const kept = visibleLabels(candidates, FONT, viewport);
  const boxes = candidates
    .filter((c) => kept.has(c.id))
    .map((c) => labelBox(c.x, c.y, c.size, c.width, FONT));
  return { kept, boxes };
}

function overlapCount(boxes: ReturnType<typeof labelBox>[]): number {
  return boxes.reduce((n, a, i) => n + boxes.slice(i + 1).filter((b) => overlaps(a, b)).length, 0);
}

describe("label placement", () => {
  it("keeps a crowded graph spread out and hides the labels that do not fit instead of squeezing the nodes", () => {
    const graph = corpusLike(300);
    initialLayout(graph, viewport);
    const positions = graph.mapNodes((_id, a) => ({ x: a.x, y: a.y }));
    const ratio = aspect(positions);
    expect(ratio, "width / height of the nodes").toBeLessThanOrEqual(2.5);
    expect(ratio).toBeGreaterThanOrEqual(1 / 2.5);
    const xs = positions.map((p) => p.x);
    expect(Math.max(...xs) - Math.min(...xs), "the nodes use most of the width").toBeGreaterThan(
      viewport.width * 0.4,
    );

    const { kept, boxes } = drawn(graph);
    expect(overlapCount(boxes), "labels drawn over each other").toBe(0);
    expect(kept.size, "some labels are hidden").toBeLessThan(graph.order);
    expect(kept.size, "many labels are drawn").toBeGreaterThan(20);
    // The best connected node keeps its label; zooming in shows labels that were hidden.
    const hub = graph.nodes().sort((a, b) => graph.degree(b) - graph.degree(a))[0]!;
    expect(kept.has(hub)).toBe(true);
    const closer = drawn(graph, 3);
    expect(overlapCount(closer.boxes)).toBe(0);
    expect([...closer.kept].filter((id) => !kept.has(id)).length).toBeGreaterThan(10);
  });

  it("gives every node of a small graph its label, none over another", () => {
    const graph = corpusLike(27, 3);
    initialLayout(graph, viewport);
    const { kept, boxes } = drawn(graph);
    expect(kept.size).toBe(27);
    expect(overlapCount(boxes)).toBe(0);
    const ratio = aspect(graph.mapNodes((_id, a) => ({ x: a.x, y: a.y })));
    expect(ratio).toBeLessThanOrEqual(2.5);
    expect(ratio).toBeGreaterThanOrEqual(1 / 2.5);
  });

  it("lays the same graph out the same way twice", () => {
    const a = corpusLike(120);
    const b = corpusLike(120);
    b.forEachNode((id) => b.mergeNodeAttributes(id, { x: Math.random(), y: Math.random() }));
    initialLayout(a, viewport);
    initialLayout(b, viewport);
    a.forEachNode((id, p) => {
      expect(b.getNodeAttribute(id, "x")).toBeCloseTo(p.x, 6);
      expect(b.getNodeAttribute(id, "y")).toBeCloseTo(p.y, 6);
    });
  });
});
