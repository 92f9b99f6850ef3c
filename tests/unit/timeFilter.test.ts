import { describe, expect, it } from "vitest";
import { eventTime, overlaps, parsePeriod } from "../../app/src/explorer/time/eventTime.ts";
import {
  decodeTimeFilter,
  encodeTimeFilter,
  noTimeFilter,
  timeHidden,
} from "../../app/src/explorer/time/timeFilter.ts";
import type { GraphNode, GraphRelationship } from "../../graph/model/graphJson.ts";

const day = (iso: string) => ({ $type: "date" as const, value: iso });
const at = (iso: string) => parsePeriod(iso)!.start;

describe("event time", () => {
  it("reads a month or a year as the whole month or year, never as a day", () => {
    expect(parsePeriod("2025-06")).toMatchObject({ start: at("2025-06-01"), end: at("2025-07-01") });
    expect(parsePeriod("1960")).toMatchObject({ start: at("1960-01-01"), end: at("1961-01-01") });
    expect(parsePeriod("2025-02-30")).toBeNull();
    expect(parsePeriod("2025-13")).toBeNull();
  });

  it("spans since, until and start-to-end values, and leaves a non-date undated", () => {
    expect(eventTime({ since: "1960" })).toMatchObject({ start: at("1960-01-01"), end: null, span: true });
    expect(eventTime({ until: "2022-08" })).toMatchObject({ start: null, end: at("2022-09-01") });
    const visit = eventTime({ startDate: day("2025-06-22"), plannedEndLatest: day("2025-06-27") })!;
    expect([visit.start, visit.end]).toEqual([at("2025-06-22"), at("2025-06-28")]);
    expect(eventTime({ date: "soon", name: "x" })).toBeNull();
    expect(overlaps(eventTime({ since: "1960" })!, at("2025-06-22"), at("2025-06-24"))).toBe(true);
    expect(overlaps(eventTime({ until: "2022-08" })!, at("2025-06-22"), at("2025-06-24"))).toBe(false);
  });
});

describe("the time filter", () => {
  it("round-trips through the URL and refuses what does not parse, with a sentence", () => {
    const params = new URLSearchParams();
    const filter = { from: "2025-06-22", to: "2025-06-23", undated: false, asOf: "2025-07-01" };
    encodeTimeFilter(filter, params);
    expect(decodeTimeFilter(`?${params}`)).toEqual({ filter, problem: null });
    expect(decodeTimeFilter("?from=2025-13-45")).toEqual({
      filter: noTimeFilter,
      problem:
        'The link\'s time filter was not used: from="2025-13-45" is not a date of the form YYYY-MM-DD. Showing every date.',
    });
    expect(decodeTimeFilter("?from=2025-07-01&to=2025-06-01").problem).toContain("comes after");
  });

  it("hides what is dated out of range, what was reported later, and relationships to hidden ends", () => {
    const node = (id: string, properties: GraphNode["properties"]): GraphNode => ({
      id,
      labels: ["Entity"],
      properties: { id, ...properties },
    });
    const nodes = {
      meeting: node("meeting", { date: day("2025-06-23") }),
      missions: node("missions", { endDate: "2022-08" }),
      mali: node("mali", {}),
    };
    const rel = (id: string, start: string, end: string, properties = {}): GraphRelationship => ({
      id,
      type: "T",
      start,
      end,
      properties: { article: "a", ...properties },
    });
    const rels = {
      r1: rel("r1", "meeting", "mali"),
      r2: rel("r2", "missions", "mali"),
      r3: rel("r3", "mali", "meeting", { date: day("2025-06-23") }),
    };
    const range = { ...noTimeFilter, from: "2025-06-22", to: "2025-06-23" };
    const hidden = timeHidden(nodes, rels, range, null);
    expect([...hidden.nodes]).toEqual(["missions"]);
    expect([...hidden.relationships]).toEqual(["r2"]);
    // Without undated items, Mali stays as the end of the dated r3; the undated r1 goes.
    const dated = timeHidden(nodes, rels, { ...range, undated: false }, null);
    expect([...dated.relationships].sort()).toEqual(["r1", "r2"]);
    expect(dated.nodes.has("mali")).toBe(false);
    const reported = {
      entities: { meeting: "2025-06-23", mali: "2025-06-23" },
      articles: { a: "2025-06-23" },
    };
    const before = timeHidden(nodes, rels, { ...noTimeFilter, asOf: "2025-06-22" }, reported);
    expect([...before.nodes].sort()).toEqual(["mali", "meeting"]);
    expect(before.relationships.size).toBe(3);
  });
});
