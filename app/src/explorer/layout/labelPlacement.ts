import { Rectangle, removeOverlaps } from "webcola/dist/src/rectangle";
import { type Box, type Measure, nodeBox } from "../canvas/labelGeometry.ts";
import type { ViewGraph } from "../context.ts";

/** Pixels kept between two labels. */
const GAP = 6;
/** Rounds of "remove overlaps, then shrink to fit" before giving up on a crowded view. */
const ROUNDS = 8;

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

function extent(placed: Placed[], fontSize: number): Box {
  const box = { left: Infinity, top: Infinity, right: -Infinity, bottom: -Infinity };
  for (const p of placed) {
    const b = nodeBox(p.x, p.y, p.size, p.width, fontSize);
    box.left = Math.min(box.left, b.left);
    box.top = Math.min(box.top, b.top);
    box.right = Math.max(box.right, b.right);
    box.bottom = Math.max(box.bottom, b.bottom);
  }
  return box;
}

/**
 * Moves nodes so that, once the view is fitted to the viewport, no two of
 * them (disc and label) overlap. Node positions become pixels of that fitted
 * view. noverlap only knows discs, while sigma draws each label as a wide
 * rectangle to the right of its node, so the rectangles are separated with
 * WebCola's overlap removal (the least movement that clears them); when the
 * result no longer fits the viewport, it is shrunk towards its centre and
 * cleared again.
 */
export function placeLabels(graph: ViewGraph, viewport: Viewport): void {
  const { fontSize, measure } = viewport;
  const placed: Placed[] = graph.mapNodes((id, a) => ({
    id,
    x: a.x,
    y: a.y,
    size: a.size,
    width: a.label ? measure(a.label) : 0,
  }));
  if (placed.length < 2) return;
  // Start from the node positions stretched over the viewport, labels aside.
  const nodes = extent(
    placed.map((p) => ({ ...p, size: 0, width: 0 })),
    fontSize,
  );
  const widest = Math.max(...placed.map((p) => p.width));
  const scale = Math.min(
    Math.max(viewport.width - widest, viewport.width / 2) / Math.max(nodes.right - nodes.left, 1e-6),
    viewport.height / Math.max(nodes.bottom - nodes.top, 1e-6),
  );
  for (const p of placed) {
    p.x = (p.x - nodes.left) * scale;
    p.y = (p.y - nodes.top) * scale;
  }
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
    if (factor <= 1 || round === ROUNDS - 1) break;
    const cx = (box.left + box.right) / 2;
    const cy = (box.top + box.bottom) / 2;
    for (const p of placed) {
      p.x = cx + (p.x - cx) / factor;
      p.y = cy + (p.y - cy) / factor;
    }
  }
  for (const p of placed) graph.mergeNodeAttributes(p.id, { x: p.x, y: p.y });
}
