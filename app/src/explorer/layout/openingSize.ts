import { LIMITS } from "../../../../graph/contract/limits.ts";

/**
 * Canvas pixels per entity of the opening view: a node and its label, with
 * room around them to be read (90 × 90 px).
 */
export const PIXELS_PER_ENTITY = 90 * 90;
/**
 * The fewest entities asked for, however small the window: a single article's
 * graph (about 30 entities) opens whole on a laptop screen, its long names
 * shortened where the room is short.
 */
const FEWEST = 30;

/**
 * How many entities the opening view asks for: what a canvas of this size
 * shows with readable labels (about 38 in the graph area of a 1440×900
 * window, the article open beside it, the legend and the timeline under
 * it), within the server's bound.
 */
export function readableEntities(width: number, height: number): number {
  const fit = Math.round((Math.max(width, 0) * Math.max(height, 0)) / PIXELS_PER_ENTITY);
  return Math.min(Math.max(fit, FEWEST), LIMITS.startViewNodes);
}

/** The canvas the explorer draws in, or the window before it is laid out. */
export function canvasSize(): { width: number; height: number } {
  const area = document.querySelector(".canvas-area");
  const box = area?.getBoundingClientRect();
  return box && box.width > 0 && box.height > 0
    ? { width: box.width, height: box.height }
    : { width: window.innerWidth * 0.7, height: window.innerHeight * 0.85 };
}
