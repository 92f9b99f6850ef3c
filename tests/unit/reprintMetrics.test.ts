import { describe, expect, it } from "vitest";
import {
  pairKey,
  pairsOfGroups,
  pairsOfLinks,
  scoreCredits,
  scorePairs,
} from "../../bench/provenance/pairMetrics.ts";

describe("reprint pair metrics", () => {
  it("names a pair the same way whichever article comes first", () => {
    expect(pairKey("b", "a")).toBe(pairKey("a", "b"));
  });

  it("counts every pair inside a group of copies once", () => {
    expect(
      [
        ...pairsOfGroups([
          ["ap1", "ap2", "ap3"],
          ["afp1", "afp2"],
        ]),
      ].sort(),
    ).toEqual(["afp1 ~ afp2", "ap1 ~ ap2", "ap1 ~ ap3", "ap2 ~ ap3"]);
  });

  it("joins articles that a chain of reprint links connects", () => {
    // c reprints b, b reprints a: all three are one dispatch; d reprints e apart.
    const pairs = pairsOfLinks([
      ["c", "b"],
      ["b", "a"],
      ["d", "e"],
    ]);
    expect([...pairs].sort()).toEqual(["a ~ b", "a ~ c", "b ~ c", "d ~ e"]);
  });

  it("scores a perfect detection at 1 and 1", () => {
    const gold = pairsOfGroups([["a", "b", "c"]]);
    const score = scorePairs(
      pairsOfLinks([
        ["b", "a"],
        ["c", "a"],
      ]),
      gold,
    );
    expect(score).toMatchObject({
      gold: 3,
      predicted: 3,
      correct: 3,
      precision: 1,
      recall: 1,
      missed: [],
      wrong: [],
    });
  });

  it("lists the missed pairs and the wrong ones", () => {
    // Gold: a, b, c are one dispatch. Detected: a-b, and a wrong link of c to x.
    const score = scorePairs(
      pairsOfLinks([
        ["b", "a"],
        ["c", "x"],
      ]),
      pairsOfGroups([["a", "b", "c"]]),
    );
    expect(score.correct).toBe(1);
    expect(score.precision).toBe(0.5);
    expect(score.recall).toBe(0.333);
    expect(score.missed).toEqual(["a ~ c", "b ~ c"]);
    expect(score.wrong).toEqual(["c ~ x"]);
  });

  it("counts a derived pair in neither precision nor recall, but reports it", () => {
    const gold = pairsOfGroups([["a", "b"]]);
    const derived = new Set([pairKey("a", "r")]);
    const score = scorePairs(
      pairsOfLinks([
        ["b", "a"],
        ["r", "a"],
      ]),
      gold,
      derived,
    );
    // r joins a and b: r ~ a is ignored, r ~ b is not and is wrong.
    expect(score.ignoredPredicted).toEqual(["a ~ r"]);
    expect(score.wrong).toEqual(["b ~ r"]);
    expect(score.precision).toBe(0.5);
    expect(score.recall).toBe(1);
  });

  it("gives precision 1 when nothing is predicted and recall 1 when nothing is to find", () => {
    expect(scorePairs(new Set(), pairsOfGroups([["a", "b"]]))).toMatchObject({ precision: 1, recall: 0 });
    expect(scorePairs(new Set(), new Set())).toMatchObject({ precision: 1, recall: 1 });
  });
});

describe("wire credit accuracy", () => {
  it("compares agencies case aside and counts a credit where none is due as a miss", () => {
    const gold = new Map<string, string | null>([
      ["kxl", "AP"],
      ["punch", "AFP"],
      ["gulfnews", null],
      ["tribune", "Reuters"],
    ]);
    const found = new Map<string, string | null>([
      ["kxl", "ap"],
      ["punch", "AFP"],
      ["gulfnews", "Reuters"],
    ]);
    const score = scoreCredits(gold, found);
    expect(score.correct).toBe(2);
    expect(score.accuracy).toBe(0.5);
    // Three credits found, two right; three due, two found.
    expect(score.precision).toBe(0.667);
    expect(score.recall).toBe(0.667);
    expect(score.misses).toEqual([
      { article: "gulfnews", gold: null, found: "Reuters" },
      { article: "tribune", gold: "Reuters", found: null },
    ]);
  });
});
