import { describe, expect, it } from "vitest";
import { CoalescedRun } from "../../graph/workbench/coalescedRun.ts";

/** A task whose runs end only when the test says so. */
function gatedTask() {
  const releases: Array<() => void> = [];
  let runs = 0;
  const task = () =>
    new Promise<void>((resolve) => {
      runs += 1;
      releases.push(resolve);
    });
  const releaseNext = async () => {
    await expect.poll(() => releases.length).toBeGreaterThan(0);
    releases.shift()!();
  };
  return { task, releaseNext, runs: () => runs };
}

describe("a refresh run in the background, one at a time", () => {
  it("turns every request made during a run into one more run after it", async () => {
    const gated = gatedTask();
    const refresh = new CoalescedRun(gated.task, () => undefined);
    refresh.request();
    refresh.request();
    refresh.request();
    expect(gated.runs()).toBe(1);
    await gated.releaseNext();
    await gated.releaseNext();
    await refresh.idle();
    expect(gated.runs()).toBe(2);
  });

  it("reports a failed run and still runs the next request", async () => {
    const errors: unknown[] = [];
    let calls = 0;
    const refresh = new CoalescedRun(
      async () => {
        calls += 1;
        if (calls === 1) throw new Error("Neo4j is restarting");
      },
      (error) => errors.push(error),
    );
    refresh.request();
    await refresh.idle();
    refresh.request();
    await refresh.idle();
    expect(calls).toBe(2);
    expect(errors.map((e) => (e as Error).message)).toEqual(["Neo4j is restarting"]);
  });
});
