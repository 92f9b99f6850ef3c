import { Rectangle, removeOverlaps } from "webcola/dist/src/rectangle";
import { type Box, type Measure, TIGHT_LABEL_PX, nodeBox, roomWidth } from "../canvas/labelGeometry.ts";
import type { ViewGraph } from "../../shell/explorerContext.ts";

/** Pixels kept between two labels. */
const GAP = 6;
/** Rounds of "remove overlaps, then shrink to fit" before giving up on moving nodes. */
const ROUNDS = 8;
/** Nodes are moved for their labels only when all the label boxes take at most this share of the viewport. */
const FILL = 0.45;
/** The drawing's width to height (and height to width) at most, before and after labels are placed. */
export const MAX_ASPECT = 2;

export interface Viewport {
  width: number;
  height: number;
  fontSize: number;
  measure: Measure;
}

interface Placed {
  id: string;
  x: number;
  y: number;
  size: number;
  width: number;
}

function extent(placed: readonly Placed[], fontSize: number, labels = true): Box {
  const box = { left: Infinity, top: Infinity, right: -Infinity, bottom: -Infinity };
  for (const p of placed) {
    const b = labels
      ? nodeBox(p.x, p.y, p.size, p.width, fontSize)
      : { left: p.x, right: p.x, top: p.y, bottom: p.y };
    box.left = Math.min(box.left, b.left);
    box.top = Math.min(box.top, b.top);
    box.right = Math.max(box.right, b.right);
    box.bottom = Math.max(box.bottom, b.bottom);
  }
  return box;
}

/** Width over height of the nodes' positions (1 for a single point). */
export function aspect(points: readonly { x: number; y: number }[]): number {
  const xs = points.map((p) => p.x);
  const ys = points.map((p) => p.y);
  const w = Math.max(...xs) - Math.min(...xs);
  const h = Math.max(...ys) - Math.min(...ys);
  return w === 0 && h === 0 ? 1 : Math.max(w, 1e-9) / Math.max(h, 1e-9);
}

/** Stretches the shorter side of the drawing about its centre until it is within MAX_ASPECT. */
function clampAspect(placed: Placed[]): void {
  const ratio = aspect(placed);
  if (ratio <= MAX_ASPECT && ratio >= 1 / MAX_ASPECT) return;
  const axis = ratio > MAX_ASPECT ? "y" : "x";
  const factor = ratio > MAX_ASPECT ? ratio / MAX_ASPECT : 1 / ratio / MAX_ASPECT;
  const values = placed.map((p) => p[axis]);
  const centre = (Math.max(...values) + Math.min(...values)) / 2;
  // A drawing with no extent on one side (all in a row) is spread over a band of that side.
  const flat = values.every((v) => v === values[0]);
  placed.forEach((p, i) => {
    p[axis] = flat
      ? centre + (i / Math.max(placed.length - 1, 1) - 0.5) * 1e-3
      : centre + (p[axis] - centre) * factor;
  });
  if (flat) clampAspect(placed);
}

/** The canvas area the disc-and-label boxes take, with the gap kept around each. */
function area(placed: readonly Placed[], fontSize: number): number {
  return placed.reduce((sum, p) => {
    const b = nodeBox(0, 0, p.size, p.width, fontSize);
    return sum + (b.right - b.left + GAP) * (b.bottom - b.top + GAP);
  }, 0);
}

/**
 * Separates the disc-and-label boxes with WebCola's overlap removal (the least
 * movement that clears them), shrinking towards the centre whenever the result
 * no longer fits the viewport. Returns the new positions, or null when they do
 * not fit or the drawing became a strip: then the nodes are not moved.
 */
function separate(start: readonly Placed[], viewport: Viewport): Placed[] | null {
  const { fontSize } = viewport;
  const placed = start.map((p) => ({ ...p }));
  for (let round = 0; round < ROUNDS; round++) {
    const rectangles = placed.map((p) => {
      const b = nodeBox(p.x, p.y, p.size, p.width, fontSize);
      return new Rectangle(b.left - GAP / 2, b.right + GAP / 2, b.top - GAP / 2, b.bottom + GAP / 2);
    });
    const before = rectangles.map((r) => ({ x: r.cx(), y: r.cy() }));
    removeOverlaps(rectangles);
    rectangles.forEach((r, i) => {
      placed[i]!.x += r.cx() - before[i]!.x;
      placed[i]!.y += r.cy() - before[i]!.y;
    });
    const box = extent(placed, fontSize);
    const factor = Math.max(
      (box.right - box.left) / viewport.width,
      (box.bottom - box.top) / viewport.height,
    );
    if (factor <= 1 + 1e-3) {
      const ratio = aspect(placed);
      return ratio <= MAX_ASPECT && ratio >= 1 / MAX_ASPECT ? placed : null;
    }
    const cx = (box.left + box.right) / 2;
    const cy = (box.top + box.bottom) / 2;
    for (const p of placed) {
      p.x = cx + (p.x - cx) / factor;
      p.y = cy + (p.y - cy) / factor;
    }
  }
  return null;
}

/**
 * Scales the layout to pixels of the fitted view (the same factor on both
 * sides, so the picture keeps its shape) and, when every label can fit the
 * viewport, moves nodes so that no two of them (disc and label) overlap.
 * When they cannot all fit, nodes stay where ForceAtlas2 put them and the
 * labels that would overlap are hidden while drawing (labelVisibility.ts):
 * moving them apart would only squeeze the picture into a line.
 * Returns whether the nodes were moved for their labels.
 */
export function placeLabels(graph: ViewGraph, viewport: Viewport): boolean {
  const { fontSize, measure } = viewport;
  const placed: Placed[] = graph.mapNodes((id, a) => ({
    id,
    x: a.x,
    y: a.y,
    size: a.size,
    width: a.label ? roomWidth(a.label, measure) : 0,
  }));
  if (placed.length < 2) return false;
  clampAspect(placed);
  // Start from the node positions stretched over the viewport, labels aside.
  const nodes = extent(placed, fontSize, false);
  // Room is kept for the discs and the labels sticking out of the node positions.
  const widest = Math.max(...placed.map((p) => p.width));
  const largest = Math.max(...placed.map((p) => p.size));
  const scale = Math.min(
    Math.max(viewport.width - widest - 2 * largest - GAP, viewport.width / 2) /
      Math.max(nodes.right - nodes.left, 1e-6),
    Math.max(viewport.height - 2 * largest - fontSize - GAP, viewport.height / 2) /
      Math.max(nodes.bottom - nodes.top, 1e-6),
  );
  for (const p of placed) {
    p.x = (p.x - nodes.left) * scale;
    p.y = (p.y - nodes.top) * scale;
  }
  const room = FILL * viewport.width * viewport.height;
  let separated = area(placed, fontSize) <= room ? separate(placed, viewport) : null;
  if (!separated) {
    // Too crowded for every short label: make room for a few letters of each instead (the label
    // planner draws the longer forms wherever they still fit).
    const tight = placed.map((p) => {
      const label = graph.getNodeAttribute(p.id, "label");
      return { ...p, width: label ? roomWidth(label, measure, TIGHT_LABEL_PX) : 0 };
    });
    if (area(tight, fontSize) <= room) separated = separate(tight, viewport);
  }
  for (const p of separated ?? placed) graph.mergeNodeAttributes(p.id, { x: p.x, y: p.y });
  return separated !== null;
}
