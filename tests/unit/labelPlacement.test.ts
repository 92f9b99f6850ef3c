import Graph from "graphology";
import { describe, expect, it } from "vitest";
import {
  SHORT_LABEL_PX,
  TIGHT_LABEL_PX,
  labelBox,
  overlaps,
  shortLabel,
} from "../../app/src/explorer/canvas/labelGeometry.ts";
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

/** A candidate label of a node of size 5 at (x, y), with its shortened forms. */
function label(id: string, x: number, y: number, text: string): LabelCandidate {
  return {
    id,
    x,
    y,
    size: 5,
    width: viewport.measure(text),
    short: shortLabel(text, viewport.measure) ?? undefined,
    tight: shortLabel(text, viewport.measure, TIGHT_LABEL_PX) ?? undefined,
  };
}

/** The labels drawn at the fitted view (positions are its pixels) with the camera zoomed by `zoom`. */
function drawn(
  graph: ViewGraph,
  zoom = 1,
): { kept: ReturnType<typeof visibleLabels>; boxes: ReturnType<typeof labelBox>[] } {
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
        short: shortLabel(a.label, viewport.measure) ?? undefined,
      };
    });
  const kept = visibleLabels(candidates, FONT, viewport);
  const boxes = candidates.flatMap((c) => {
    const at = kept.get(c.id);
    if (!at) return [];
    const width = at.text === undefined ? c.width : viewport.measure(at.text);
    return [labelBox(c.x, c.y, c.size, width, FONT, at.side)];
  });
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
    expect([...closer.kept.keys()].filter((id) => !kept.has(id)).length).toBeGreaterThan(10);
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

  it("puts a label on another side of its disc, or shortens it, when the right side has no room", () => {
    // b's label would cover a's on the right: it goes to the left of b.
    const beside = visibleLabels([label("a", 400, 300, "Bank of Region"), label("b", 380, 300, "Army")], FONT, viewport);
    expect(beside.get("a")).toEqual({ side: "right" });
    expect(beside.get("b")).toEqual({ side: "left" });
    // Near the right edge of the canvas a label goes to the left rather than off the canvas.
    const edge = visibleLabels([label("c", viewport.width - 20, 300, "Council of Region")], FONT, viewport);
    expect(edge.get("c")).toEqual({ side: "left" });
    // Hemmed in on every side, a long name is shortened to a form that fits, ending in an ellipsis.
    const crowd = [
      label("hub", 500, 300, "Ministry of Region"),
      label("up", 500, 280, "Bank of Region"),
      label("down", 500, 320, "Army of Region"),
      label("left", 300, 300, "Council"),
      label("long", 430, 300, "Intergovernmental Commission on Trade"),
    ];
    const crowded = visibleLabels(crowd, FONT, viewport);
    expect(crowded.get("long")?.text).toBe("Intergovernmen…");
    const longBox = labelBox(430, 300, 5, viewport.measure(crowded.get("long")!.text!), FONT, crowded.get("long")!.side);
    for (const c of crowd.slice(0, 4)) {
      const at = crowded.get(c.id)!;
      expect(overlaps(labelBox(c.x, c.y, c.size, c.width, FONT, at.side), longBox), c.id).toBe(false);
    }
  });

  it("gives a node hemmed in on every side a few letters of its name rather than none", () => {
    const crowd = [
      label("hub", 500, 300, "Ministry of Region"),
      label("up", 440, 282, "Bank of Region"),
      label("down", 440, 318, "Army of Region"),
      label("left", 380, 300, "Council"),
      label("hemmed", 440, 300, "Northern Shipping Holdings"),
    ];
    const kept = visibleLabels(crowd, FONT, viewport);
    const at = kept.get("hemmed");
    expect(at?.text).toMatch(/^Nort\w*…$/);
    expect(viewport.measure(at!.text!)).toBeLessThanOrEqual(TIGHT_LABEL_PX);
    const box = labelBox(440, 300, 5, viewport.measure(at!.text!), FONT, at!.side);
    for (const c of crowd.slice(0, 4)) {
      const other = kept.get(c.id)!;
      const width = other.text === undefined ? c.width : viewport.measure(other.text);
      expect(overlaps(labelBox(c.x, c.y, c.size, width, FONT, other.side), box), c.id).toBe(false);
    }
    // Without the neighbours the whole name is drawn.
    expect(visibleLabels([crowd[4]!], FONT, viewport).get("hemmed")).toEqual({ side: "right" });
  });

  it("shortens only labels wider than the limit, after a whole word where one fits", () => {
    expect(shortLabel("Mali", viewport.measure)).toBeNull();
    const short = shortLabel("Malian Armed Forces Command", viewport.measure)!;
    expect(short.text).toBe("Malian Armed…");
    expect(short.width).toBeLessThanOrEqual(SHORT_LABEL_PX);
    expect(shortLabel("Intergovernmentalcommissiononeconomics", viewport.measure)!.text).toBe("Intergovernmen…");
  });

  it("gives more nodes of a crowded view their label than the right side alone would, none over another", () => {
    const graph = corpusLike(120, 5);
    initialLayout(graph, viewport);
    const { kept, boxes } = drawn(graph);
    expect(overlapCount(boxes)).toBe(0);
    const rightOnly = visibleLabels(
      graph.mapNodes((id, a) => ({ id, x: a.x, y: a.y, size: a.size, width: viewport.measure(a.label) })),
      FONT,
      viewport,
      Infinity,
      false,
    );
    expect(kept.size).toBeGreaterThan(rightOnly.size);
  });
});
