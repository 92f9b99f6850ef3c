import { type Box, labelBox, overlaps } from "../canvas/labelGeometry.ts";

/** A node whose label may be drawn, in viewport pixels. */
export interface LabelCandidate {
  id: string;
  x: number;
  y: number;
  /** Radius of the disc as drawn. */
  size: number;
  /** Width of the label text. */
  width: number;
}

/** Pixels kept between two drawn labels. */
const GAP = 2;
/** Side of the cells that index the labels already kept. */
const CELL = 64;

/**
 * Which labels to draw: candidates in priority order, each kept when its box
 * meets no box kept before and lies at least partly on the canvas. Nodes are
 * never moved: a label that does not fit is hidden (its node shows it on
 * hover, or once zoomed in far enough). At most `max` labels.
 */
export function visibleLabels(
  candidates: Iterable<LabelCandidate>,
  fontSize: number,
  canvas: { width: number; height: number },
  max = Infinity,
): Set<string> {
  const kept = new Set<string>();
  const cells = new Map<string, Box[]>();
  const cellsOf = (b: Box) => {
    const keys: string[] = [];
    for (let cx = Math.floor(b.left / CELL); cx <= Math.floor(b.right / CELL); cx++)
      for (let cy = Math.floor(b.top / CELL); cy <= Math.floor(b.bottom / CELL); cy++)
        keys.push(`${cx},${cy}`);
    return keys;
  };
  for (const c of candidates) {
    if (kept.size >= max) break;
    const label = labelBox(c.x, c.y, c.size, c.width, fontSize);
    if (label.right < 0 || label.left > canvas.width || label.bottom < 0 || label.top > canvas.height)
      continue;
    const padded = {
      left: label.left - GAP / 2,
      right: label.right + GAP / 2,
      top: label.top - GAP / 2,
      bottom: label.bottom + GAP / 2,
    };
    const keys = cellsOf(padded);
    if (keys.some((k) => cells.get(k)?.some((b) => overlaps(b, padded)))) continue;
    for (const k of keys) {
      const list = cells.get(k);
      if (list) list.push(padded);
      else cells.set(k, [padded]);
    }
    kept.add(c.id);
  }
  return kept;
}
