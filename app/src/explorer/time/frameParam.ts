import { parsePeriod } from "./eventTime.ts";
import type { Frame } from "./frame.ts";
import { isoDay } from "./timeScale.ts";

const FORM = /^(\d{4}-\d{2}-\d{2})\.\.(\d{4}-\d{2}-\d{2})$/;

/** The timeline's frame in the query string, as the whole days it touches: `frame=2023-01-01..2025-12-31`. */
export function encodeFrame(frame: Frame | null, params: URLSearchParams): void {
  if (frame) params.set("frame", `${isoDay(frame[0])}..${isoDay(frame[1] - 1)}`);
}

/**
 * The frame a query string asks for (null: none), from the first day's start
 * to the last day's end. A value that does not parse gives no frame and the
 * sentence saying what was wrong.
 */
export function decodeFrame(search: string): { frame: Frame | null; problem: string | null } {
  const value = new URLSearchParams(search).get("frame")?.trim();
  if (!value) return { frame: null, problem: null };
  const bad = (what: string) => ({
    frame: null,
    problem: `The link's timeline frame was not used: ${what}. Showing the dates that hold most items.`,
  });
  const parts = FORM.exec(value);
  const [first, last] = [parsePeriod(parts?.[1] ?? ""), parsePeriod(parts?.[2] ?? "")];
  if (!first || !last)
    return bad(`frame=${JSON.stringify(value)} is not two dates of the form YYYY-MM-DD..YYYY-MM-DD`);
  if (first.start > last.start) return bad(`frame=${value} ends before it starts`);
  return { frame: [first.start, last.end], problem: null };
}
