import { describe, expect, it } from "vitest";
import { WATCH_VERSION } from "../../graph/contract/watches.ts";
import {
  type FreshRow,
  type PairWatch,
  type ReachRow,
  pairEnds,
  pairPaths,
} from "../../graph/watches/pairs.ts";
import { compactValue, rowHash } from "../../graph/watches/rows.ts";

const watch = (from: string, to: string, hops: number): PairWatch => ({
  version: WATCH_VERSION,
  id: `pair-${from}-${to}-${hops}`,
  label: `${from} and ${to}`,
  created: "2026-06-01T00:00:00.000Z",
  target: { kind: "pair", from, to, hops },
});

const fresh = (fromId: string, toId: string): FreshRow => ({
  id: `a/${fromId}-${toId}`,
  type: "PARTNER_OF",
  fromId,
  fromName: fromId.toUpperCase(),
  toId,
  toName: toId.toUpperCase(),
  quotes: ["q"],
  article: "a",
  title: null,
});

/** Shortest paths from each end, as the statement gives them: `end>node` → the ids along the way. */
function reachOf(paths: Record<string, string[]>): Map<string, ReachRow> {
  return new Map(
    Object.entries(paths).map(([key, ids]) => {
      const [end, node] = key.split(">") as [string, string];
      return [`${end}\n${node}`, { end, node, ids, names: ids.map((i) => i.toUpperCase()) }];
    }),
  );
}

describe("pair watches put together from shortest paths", () => {
  it("finds a path of 3 hops through the new relationship, either way round", () => {
    const reach = reachOf({ "n>a": ["n", "a"], "b>z": ["b", "z"] });
    const found = pairPaths(watch("n", "b", 3), [fresh("z", "a")], reach);
    expect(found?.path).toEqual(["N", "A", "Z", "B"]);
    expect(found?.relationships.map((r) => r.id)).toEqual(["a/z-a"]);
  });

  it("finds nothing when the path is longer than the watch allows", () => {
    const reach = reachOf({ "n>a": ["n", "a"], "b>z": ["b", "q", "z"] });
    expect(pairPaths(watch("n", "b", 3), [fresh("a", "z")], reach)).toBeUndefined();
  });

  it("finds nothing when the two halves share an entity (no path visits one twice)", () => {
    const reach = reachOf({ "n>a": ["n", "m", "a"], "b>z": ["b", "m", "z"] });
    expect(pairPaths(watch("n", "b", 4), [fresh("a", "z")], reach)).toBeUndefined();
  });

  it("asks each end for its longest reach once", () => {
    expect(pairEnds([watch("n", "b", 3), watch("n", "c", 4)])).toEqual([
      { id: "n", depth: 3 },
      { id: "b", depth: 2 },
      { id: "c", depth: 3 },
    ]);
  });
});

describe("rows of a saved query", () => {
  it("are told apart by stable keys, not by element ids that change with a load", () => {
    const node = (elementId: string) => ({
      id: elementId,
      labels: ["Entity", "Organization"],
      properties: { id: "acme", name: "Acme", text: "long" },
    });
    const before = [compactValue(node("4:x:1")), compactValue("Acme")];
    const after = [compactValue(node("4:y:9")), compactValue("Acme")];
    expect(before[0]).toEqual({ labels: ["Entity", "Organization"], key: "acme", name: "Acme" });
    expect(rowHash(before)).toBe(rowHash(after));
  });
});
