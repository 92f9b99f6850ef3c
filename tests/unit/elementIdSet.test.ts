import { describe, expect, it } from "vitest";
import { ElementIdSet } from "../../graph/export/node/elementIdSet.ts";

describe("ElementIdSet", () => {
  const db = "4:5f1c2d3e-0000-4000-8000-000000000001:";
  const ids = [
    `${db}0`,
    `${db}17`,
    `5:5f1c2d3e-0000-4000-8000-000000000001:17`,
    `4:another-database:17`,
    "plain",
    `${db}017`,
    `${db}12345678901234567890`,
    `${db}`,
    "::",
  ];

  it("holds what a Set of strings holds, whatever the form of the ids", () => {
    const set = new ElementIdSet();
    const reference = new Set<string>();
    for (const id of [...ids, ...ids]) {
      set.add(id);
      reference.add(id);
    }
    expect(set.size).toBe(reference.size);
    expect(new Set(set)).toEqual(reference);
    for (const id of ids) expect(set.has(id), id).toBe(true);
    expect(set.has(`${db}18`)).toBe(false);
    expect(set.has(`${db}17 `)).toBe(false);
    expect(set.delete(`${db}17`)).toBe(true);
    expect(set.delete(`${db}17`)).toBe(false);
    expect(set.has(`${db}17`)).toBe(false);
    expect(set.has(`${db}017`)).toBe(true);
    expect(set.delete("plain")).toBe(true);
    expect(set.size).toBe(reference.size - 2);
  });
});
