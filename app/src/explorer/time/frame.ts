import { DAY_MS } from "./timeScale.ts";

/** A stretch of the time axis in UTC milliseconds, [start, end). */
export type Frame = [number, number];

/** The share of the dated values the opening frame holds. */
const SHARE = 0.9;
/** Zooming in pays only when it at least doubles the room: a wider dense frame gives the whole range. */
const MIN_GAIN = 2;

/** A frame with room on both sides: 5% of its width, at least 15 days. */
function withMargin([start, end]: Frame): Frame {
  const margin = Math.max(15 * DAY_MS, (end - start) * 0.05);
  return [start - margin, end + margin];
}

/** Every dated value on one axis, with a margin; null when nothing is dated. */
export function wholeRange(periods: readonly Frame[]): Frame | null {
  if (periods.length === 0) return null;
  let [start, end] = [Infinity, -Infinity];
  for (const [a, b] of periods) [start, end] = [Math.min(start, a), Math.max(end, b)];
  return withMargin([start, end]);
}

/**
 * The frame the timeline opens on, from the dated values on screen (each a
 * period: a mark of an item, a publication day). It is the shortest stretch
 * holding at least 90% of them, periods placed by their middle, widened to
 * cover those periods whole, with the margin of the whole range. A span
 * ("since 1960") counts by its dated values, never by its extent, so one old
 * start does not stretch the axis over decades. When that stretch is more
 * than half the whole range, zooming in gains little: the whole range it is.
 */
export function openingFrame(periods: readonly Frame[]): Frame | null {
  const whole = wholeRange(periods);
  if (!whole) return null;
  const sorted = [...periods].sort((a, b) => a[0] + a[1] - (b[0] + b[1]));
  const middle = (p: Frame) => (p[0] + p[1]) / 2;
  const held = Math.ceil(sorted.length * SHARE);
  let best = 0;
  for (let i = 1; i + held <= sorted.length; i++) {
    const width = middle(sorted[i + held - 1]!) - middle(sorted[i]!);
    if (width < middle(sorted[best + held - 1]!) - middle(sorted[best]!)) best = i;
  }
  const dense = wholeRange(sorted.slice(best, best + held))!;
  return (dense[1] - dense[0]) * MIN_GAIN > whole[1] - whole[0] ? whole : dense;
}
