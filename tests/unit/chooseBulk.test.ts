import { describe, expect, it } from "vitest";
import { BULK_MIN_RELATIONS, chooseBulk } from "../../graph/loader/bulk/choose.ts";

const big = { local: true, empty: true, relations: BULK_MIN_RELATIONS };

describe("when a load takes the bulk import", () => {
  it("is chosen by itself for a big corpus into the empty local Neo4j", () => {
    expect(chooseBulk({ ...big, requested: undefined })).toBe(true);
    expect(chooseBulk({ ...big, requested: undefined, relations: BULK_MIN_RELATIONS - 1 })).toBe(false);
    expect(chooseBulk({ ...big, requested: undefined, empty: false })).toBe(false);
    expect(chooseBulk({ ...big, requested: undefined, local: false })).toBe(false);
    expect(chooseBulk({ ...big, requested: false })).toBe(false);
  });

  it("follows --bulk for a small corpus, and refuses it for another Neo4j or a database with nodes", () => {
    expect(chooseBulk({ ...big, requested: true, relations: 3 })).toBe(true);
    expect(() => chooseBulk({ ...big, requested: true, local: false })).toThrow(/NEO4J_URI/);
    expect(() => chooseBulk({ ...big, requested: true, empty: false })).toThrow(/already holds nodes/);
  });
});
