import { describe, expect, it } from "vitest";
import { reachRows, secondStep, wayWithin } from "../../graph/watches/pairReach.ts";

/** A small undirected graph: a hub H tied to A, B and C; A - D - E - F a chain; G alone. */
const EDGES = [
  ["H", "A"],
  ["H", "B"],
  ["H", "C"],
  ["A", "D"],
  ["D", "E"],
  ["E", "F"],
] as const;
const sets = new Map<string, Set<string>>();
for (const [a, b] of EDGES) {
  sets.set(a, (sets.get(a) ?? new Set()).add(b));
  sets.set(b, (sets.get(b) ?? new Set()).add(a));
}
const near = (k: string) => sets.get(k) ?? new Set<string>();

describe("ways between a watched end and an entity a new relationship touches", () => {
  it("finds the end itself, a neighbour, and a common neighbour within the depth", () => {
    expect(wayWithin("A", "A", 1, near)).toEqual(["A"]);
    expect(wayWithin("A", "H", 1, near)).toEqual(["A", "H"]);
    expect(wayWithin("A", "B", 2, near)).toEqual(["A", "H", "B"]);
    expect(wayWithin("A", "B", 1, near)).toBeUndefined();
  });

  it("needs the neighbours of the smaller side's neighbours for 3 steps, either way round", () => {
    expect(wayWithin("B", "E", 3, near)).toBeUndefined();
    expect(wayWithin("B", "E", 3, near, near)).toBeUndefined();
    expect(wayWithin("H", "E", 3, near, near)).toEqual(["H", "A", "D", "E"]);
    expect(wayWithin("E", "H", 3, near, near)).toEqual(["E", "D", "A", "H"]);
    expect(wayWithin("H", "F", 3, near, near)).toBeUndefined();
    expect(wayWithin("G", "A", 3, near, near)).toBeUndefined();
    // The hub has three neighbours, E two: E's are the ones whose neighbours are read.
    expect([...secondStep("H", "E", near)].sort()).toEqual(["D", "F"]);
  });

  it("names each step by its stable id and name, leaving out a way with a step gone", () => {
    const names = new Map([
      ["H", { id: "hub", name: "Hub" }],
      ["A", { id: "a", name: "Alpha" }],
    ]);
    expect(
      reachRows(
        [
          { end: "hub", node: "a", keys: ["H", "A"] },
          { end: "hub", node: "b", keys: ["H", "B"] },
        ],
        names,
      ),
    ).toEqual([{ end: "hub", node: "a", ids: ["hub", "a"], names: ["Hub", "Alpha"] }]);
  });
});
