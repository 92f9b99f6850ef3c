import { describe, expect, it } from "vitest";
import { DerivedCache } from "../../graph/server/api/derivedCache.ts";
import { binsWithin } from "../../graph/server/api/timelineBins.ts";

/** A cache on a clock turned by hand, and a read that counts its calls and resolves when told. */
function setup() {
  const clock = { t: 1_000, now: () => clock.t };
  const cache = new DerivedCache({ freshMs: 2_000, staleMs: 60_000, clock });
  let reads = 0;
  const pending: ((value: number) => void)[] = [];
  const read = () =>
    new Promise<number>((resolve) => {
      reads += 1;
      pending.push(resolve);
    });
  const answer = (value: number) => pending.shift()?.(value);
  return { clock, cache, read, answer, reads: () => reads };
}

describe("DerivedCache", () => {
  it("shares one read among concurrent requests and serves it while fresh", async () => {
    const { cache, read, answer, reads, clock } = setup();
    const both = Promise.all([cache.get("k", read), cache.get("k", read)]);
    answer(1);
    expect(await both).toEqual([1, 1]);
    clock.t += 1_500;
    expect(await cache.get("k", read)).toBe(1);
    expect(reads()).toBe(1);
  });

  it("serves the last answer while a new one is read, then the new one", async () => {
    const { cache, read, answer, reads, clock } = setup();
    const first = cache.get("k", read);
    answer(1);
    await first;
    clock.t += 5_000;
    expect(await cache.get("k", read)).toBe(1);
    expect(reads()).toBe(2);
    answer(2);
    await expect.poll(() => cache.get("k", read)).toBe(2);
    expect(reads()).toBe(2);
  });

  it("waits for a new answer once the last one is older than staleMs", async () => {
    const { cache, read, answer, reads, clock } = setup();
    const first = cache.get("k", read);
    answer(1);
    await first;
    clock.t += 61_000;
    const late = cache.get("k", read);
    answer(2);
    expect(await late).toBe(2);
    expect(reads()).toBe(2);
  });

  it("reads again after clear(), even while an older read is still running", async () => {
    const { cache, read, answer, reads } = setup();
    const before = cache.get("k", read);
    cache.clear();
    const after = cache.get("k", read);
    answer(1);
    answer(2);
    expect(await before).toBe(1);
    expect(await after).toBe(2);
    expect(reads()).toBe(2);
  });

  it("keeps no failed read: the next request reads again and sees the outcome", async () => {
    const { cache } = setup();
    await expect(cache.get("k", () => Promise.reject(new Error("Neo4j is not reachable")))).rejects.toThrow(
      "not reachable",
    );
    expect(await cache.get("k", () => Promise.resolve(3))).toBe(3);
  });

  it("reads every time when freshMs is 0", async () => {
    const cache = new DerivedCache({ freshMs: 0, staleMs: 0 });
    let n = 0;
    const read = () => Promise.resolve(++n);
    expect([await cache.get("k", read), await cache.get("k", read)]).toEqual([1, 2]);
  });
});

describe("binsWithin", () => {
  const bins = ["2024", "2025-05", "2025-06", "2025-06-19", "2025-06-23", "2025-07-01"].map((bin) => ({
    bin,
    count: 1,
  }));

  it("keeps the bins that overlap the range, each compared at its own precision", () => {
    expect(binsWithin(bins, "2025-06-20", "2025-06-30").map((b) => b.bin)).toEqual(["2025-06", "2025-06-23"]);
    expect(binsWithin(bins, undefined, "2024-03-01").map((b) => b.bin)).toEqual(["2024"]);
    expect(binsWithin(bins).length).toBe(bins.length);
  });
});
