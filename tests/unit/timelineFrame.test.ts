import { describe, expect, it } from "vitest";
import { parsePeriod } from "../../app/src/explorer/time/eventTime.ts";
import { type Frame, openingFrame, wholeRange } from "../../app/src/explorer/time/frame.ts";
import { decodeFrame, encodeFrame } from "../../app/src/explorer/time/frameParam.ts";

const period = (iso: string): Frame => {
  const p = parsePeriod(iso)!;
  return [p.start, p.end];
};
const year = (ms: number) => new Date(ms).getUTCFullYear();
const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);

describe("the timeline's opening frame", () => {
  it("is not widened by one date sixty years before the others", () => {
    const recent = ["2023-03-01", "2023-11-12", "2024-02-02", "2024-07-30", "2024-09-09", "2024-12-01"];
    recent.push("2025-01-15", "2025-03-03", "2025-06-22", "2025-06-23");
    const periods = [...recent.map(period), period("1964")];
    const frame = openingFrame(periods)!;
    // The ten recent dates with a margin of a few weeks.
    expect(day(frame[0]) < "2023-03-01" && day(frame[0]) > "2022-12-01").toBe(true);
    expect(day(frame[1]) > "2025-06-23" && day(frame[1]) < "2025-09-01").toBe(true);
    // The whole range still reaches the outlier.
    expect(year(wholeRange(periods)![0])).toBeLessThanOrEqual(1964);
  });

  it("is the whole range when the dates are spread evenly", () => {
    const periods = Array.from({ length: 12 }, (_, i) => period(String(2000 + 2 * i)));
    expect(openingFrame(periods)).toEqual(wholeRange(periods));
    expect([year(wholeRange(periods)![0]), year(wholeRange(periods)![1])]).toEqual([1998, 2024]);
  });

  it("frames a single date with about two weeks on each side", () => {
    const frame = openingFrame([period("2025-06-23")])!;
    expect([day(frame[0]), day(frame[1])]).toEqual(["2025-06-08", "2025-07-09"]);
    expect(openingFrame([])).toBeNull();
  });

  it("counts a long span by its dates, so a start in 1960 among recent dates stays off the frame", () => {
    // "since 1960" is one dated value, whatever length it runs to.
    const periods = [period("1960"), ...Array.from({ length: 9 }, (_, i) => period(`2025-0${i + 1}-10`))];
    expect(year(openingFrame(periods)![0])).toBe(2024);
  });
});

describe("the frame in the address", () => {
  it("writes whole days and reads them back to the same days", () => {
    const params = new URLSearchParams();
    encodeFrame([Date.UTC(2023, 0, 1, 5), Date.UTC(2025, 11, 31, 20)], params);
    expect(params.get("frame")).toBe("2023-01-01..2025-12-31");
    const { frame, problem } = decodeFrame(`?${params.toString()}`);
    expect(problem).toBeNull();
    expect([day(frame![0]), day(frame![1])]).toEqual(["2023-01-01", "2026-01-01"]);
    expect(decodeFrame("?from=2025-01-01")).toEqual({ frame: null, problem: null });
  });

  it("ignores a value that does not parse, saying which and why", () => {
    expect(decodeFrame("?frame=2023..2025").problem).toBe(
      'The link\'s timeline frame was not used: frame="2023..2025" is not two dates of the form YYYY-MM-DD..YYYY-MM-DD. Showing the dates that hold most items.',
    );
    expect(decodeFrame("?frame=2025-02-30..2025-03-01").frame).toBeNull();
    expect(decodeFrame("?frame=2025-03-01..2025-01-01").problem).toContain("ends before it starts");
  });
});
