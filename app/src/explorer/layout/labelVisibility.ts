import { type Box, LABEL_SIDES, labelBox, overlaps } from "../canvas/labelGeometry.ts";
import type { LabelSide } from "../../shell/explorerContext.ts";

/** A node whose label may be drawn, in viewport pixels. */
export interface LabelCandidate {
  id: string;
  x: number;
  y: number;
  /** Radius of the disc as drawn. */
  size: number;
  /** Width of the label text. */
  width: number;
  /** The label cut short, for when the full one has no room on any side (long labels only). */
  short?: { text: string; width: number };
  /** A few letters of it, for when neither the full nor the short label has room. */
  tight?: { text: string; width: number };
}

/** Where a kept label goes: its side, and its shortened text when the full one had no room. */
export interface LabelPlacement {
  side: LabelSide;
  text?: string;
}

/** Pixels kept between two drawn labels. */
const GAP = 2;
/** Side of the cells that index the labels already kept. */
const CELL = 64;

/** The grid of kept label boxes, by cells of CELL pixels, to find overlaps without a pass over them all. */
class LabelGrid {
  private readonly cells = new Map<string, { id: string; box: Box }[]>();

  private keys(b: Box): string[] {
    const keys: string[] = [];
    for (let cx = Math.floor(b.left / CELL); cx <= Math.floor(b.right / CELL); cx++)
      for (let cy = Math.floor(b.top / CELL); cy <= Math.floor(b.bottom / CELL); cy++)
        keys.push(`${cx},${cy}`);
    return keys;
  }

  /** Whether `box` meets no kept box but `except`'s. */
  free(box: Box, except?: string): boolean {
    return !this.keys(box).some((k) =>
      this.cells.get(k)?.some((e) => e.id !== except && overlaps(e.box, box)),
    );
  }

  add(id: string, box: Box): void {
    for (const k of this.keys(box)) {
      const list = this.cells.get(k);
      if (list) list.push({ id, box });
      else this.cells.set(k, [{ id, box }]);
    }
  }

  remove(id: string, box: Box): void {
    for (const k of this.keys(box)) {
      const list = this.cells.get(k);
      if (list)
        this.cells.set(
          k,
          list.filter((e) => e.id !== id),
        );
    }
  }
}

/**
 * Which labels to draw, and where: candidates in priority order, each kept on
 * the first side of its disc (right, left, below, above) where its box meets
 * no box kept before and lies on the canvas. A long label is first kept in
 * its shortened form, so that one long name does not take the room of
 * several; then, in the same order, each shortened label is drawn whole on
 * the first side where that meets no other kept label (or, for a label
 * that only had room as a few letters, shortened). Labels with no room
 * either way are then tried as a few letters (TIGHT_LABEL_PX). With `alternatives`
 * off (large views, where the extra tries would cost each frame) only the
 * right side and the full label are tried. As a last resort a label on the
 * right that lies partly on the canvas is kept. Nodes are never moved: a
 * label that does not fit is hidden (its node shows it on hover, or once
 * zoomed in far enough). At most `max` labels.
 */
export function visibleLabels(
  candidates: Iterable<LabelCandidate>,
  fontSize: number,
  canvas: { width: number; height: number },
  max = Infinity,
  alternatives = true,
): Map<string, LabelPlacement> {
  const kept = new Map<string, LabelPlacement & { box: Box; candidate: LabelCandidate }>();
  const grid = new LabelGrid();
  const padded = (label: Box) => ({
    left: label.left - GAP / 2,
    right: label.right + GAP / 2,
    top: label.top - GAP / 2,
    bottom: label.bottom + GAP / 2,
  });
  const inside = (b: Box) =>
    b.left >= 0 && b.top >= 0 && b.right <= canvas.width && b.bottom <= canvas.height;
  const sides = alternatives ? LABEL_SIDES : LABEL_SIDES.slice(0, 1);
  /** The first side where a label of this width has room, with its box. */
  const room = (c: LabelCandidate, width: number, except?: string) => {
    for (const side of sides) {
      const box = padded(labelBox(c.x, c.y, c.size, width, fontSize, side));
      if (inside(box) && grid.free(box, except)) return { side, box };
    }
    return null;
  };
  const hemmed: LabelCandidate[] = [];
  for (const c of candidates) {
    if (kept.size >= max) break;
    const short = alternatives ? c.short : undefined;
    const at = room(c, short ? short.width : c.width);
    if (at) {
      grid.add(c.id, at.box);
      kept.set(c.id, { side: at.side, ...(short ? { text: short.text } : {}), box: at.box, candidate: c });
      continue;
    }
    const right = padded(labelBox(c.x, c.y, c.size, c.width, fontSize));
    const onCanvas =
      right.right >= 0 && right.left <= canvas.width && right.bottom >= 0 && right.top <= canvas.height;
    if (onCanvas && grid.free(right)) {
      grid.add(c.id, right);
      kept.set(c.id, { side: "right", box: right, candidate: c });
    } else if (alternatives && c.tight) hemmed.push(c);
  }
  // Then, in the same order, a few letters for the labels with no room at all: after every
  // other label has had its try, so that they take no room a whole or short label could have.
  for (const c of hemmed) {
    if (kept.size >= max) break;
    const at = room(c, c.tight!.width);
    if (!at) continue;
    grid.add(c.id, at.box);
    kept.set(c.id, { side: at.side, text: c.tight!.text, box: at.box, candidate: c });
  }
  for (const [id, label] of kept) {
    if (label.text === undefined) continue;
    const { candidate } = label;
    // The whole label where it has room, else the short one in place of a few letters.
    const wider = [
      { width: candidate.width, text: undefined },
      ...(candidate.short && label.text !== candidate.short.text ? [candidate.short] : []),
    ];
    for (const form of wider) {
      const at = room(candidate, form.width, id);
      if (!at) continue;
      grid.remove(id, label.box);
      grid.add(id, at.box);
      kept.set(id, {
        side: at.side,
        ...(form.text === undefined ? {} : { text: form.text }),
        box: at.box,
        candidate,
      });
      break;
    }
  }
  return new Map(
    [...kept].map(([id, { side, text }]) => [id, text === undefined ? { side } : { side, text }]),
  );
}
