import type { Precision } from "./eventTime.ts";
import { parsePeriod } from "./eventTime.ts";

export const DAY_MS = 86_400_000;

/** The bin width for what is on screen: days up to about eight months, months up to eight years. */
export function unitFor(domain: readonly [number, number]): Precision {
  const span = domain[1] - domain[0];
  if (span <= 240 * DAY_MS) return "day";
  if (span <= 8 * 366 * DAY_MS) return "month";
  return "year";
}

/** The ISO day of a moment (UTC). */
export function isoDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** The first and the last day a filter range covers, as moments: [start of from, end of to). */
export function rangeOf(from: string | null, to: string | null): [number, number] | null {
  if (!from && !to) return null;
  const start = from ? parsePeriod(from)?.start : undefined;
  const end = to ? parsePeriod(to)?.end : undefined;
  if (start === undefined || end === undefined) return null;
  return [start, end];
}

/** A range of pixels brushed on the axis as whole days: the first day touched to the last. */
export function daysOf(range: readonly [number, number]): { from: string; to: string } {
  const from = Math.floor(range[0] / DAY_MS) * DAY_MS;
  const to = Math.max(from + DAY_MS, Math.ceil(range[1] / DAY_MS) * DAY_MS) - DAY_MS;
  return { from: isoDay(from), to: isoDay(to) };
}
