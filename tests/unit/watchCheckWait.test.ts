import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Record as Neo4jRecord } from "neo4j-driver";
import { describe, expect, it } from "vitest";
import { WATCH_VERSION } from "../../graph/contract/watches.ts";
import { checkWatches } from "../../graph/watches/check.ts";
import { writeWatch } from "../../graph/watches/files.ts";
import type { WatchDb } from "../../graph/watches/find.ts";
import { readInbox } from "../../graph/watches/inbox.ts";
import { unfinishedChecks } from "../../graph/watches/unfinished.ts";

const ROW: Record<string, unknown> = {
  watch: "entity-acme",
  id: "a/r0",
  type: "PARTNER_OF",
  fromId: "acme",
  fromName: "Acme",
  toId: "zed",
  toName: "Zed Corp",
  quotes: ["Acme is a partner of Zed Corp."],
  article: "a",
  title: "Acme and Zed",
};

/** A data/watches folder with one watch, on the entity Acme. */
function watchingAcme(): string {
  const dir = join(mkdtempSync(join(tmpdir(), "dossier-watch-wait-")), "watches");
  writeWatch(dir, {
    version: WATCH_VERSION,
    id: "entity-acme",
    label: "Acme",
    created: "2026-06-01T00:00:00.000Z",
    target: { kind: "entity", entity: "acme" },
  });
  return dir;
}

describe("a publish's wait for the check", () => {
  it("answers when the wait runs out, and the kind still running records its alert after, saying so", async () => {
    const dir = watchingAcme();
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => (release = resolve));
    // The entity statement answers only once the test lets it: after the check has answered.
    const db: WatchDb = {
      read: async () => {
        await gate;
        return [{ get: (key: string) => ROW[key] } as unknown as Neo4jRecord];
      },
      runQuery: () => Promise.reject(new Error("no saved query is watched")),
    };
    const outcome = await checkWatches(db, dir, ["a"], { waitMs: 0 });
    expect(outcome).toMatchObject({ alerts: [], warnings: [], pending: ["entity"] });
    expect(readInbox(dir).unread).toBe(0);

    release();
    const done = await outcome.done;
    expect(done.warnings).toEqual([]);
    expect(done.alerts.map((a) => a.summary)).toEqual(["1 new relationship of Acme"]);
    expect(readInbox(dir).alerts[0]?.note).toMatch(
      /^Checked after the publish had answered: the entity watches took \d+\.\d s\.$/,
    );
  });

  it("leaves a trace while the check runs, so a server stopped during it has those articles checked again", async () => {
    const dir = watchingAcme();
    // The first server's statement never answers: it stopped while checking.
    const stopped: WatchDb = {
      read: () => new Promise(() => undefined),
      runQuery: () => Promise.reject(new Error("no saved query is watched")),
    };
    const outcome = await checkWatches(stopped, dir, ["a"], { waitMs: 0 });
    expect(outcome.pending).toEqual(["entity"]);
    expect(unfinishedChecks(dir).map((c) => c.articles)).toEqual([["a"]]);

    // The next start reads the trace and checks article "a" again, with a database that answers.
    const answering: WatchDb = {
      read: async () => [{ get: (key: string) => ROW[key] } as unknown as Neo4jRecord],
      runQuery: () => Promise.reject(new Error("no saved query is watched")),
    };
    const again = await checkWatches(
      answering,
      dir,
      unfinishedChecks(dir).flatMap((c) => c.articles),
      {
        waitMs: 60_000,
      },
    );
    expect(again.alerts.map((a) => a.summary)).toEqual(["1 new relationship of Acme"]);
    await again.done;
    // Its own trace is gone; the stopped server's stays until the after-load check clears it.
    expect(unfinishedChecks(dir)).toHaveLength(1);
  });
});
