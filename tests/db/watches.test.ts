import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GraphDb } from "../../graph/db/graphDb.ts";
import { loadArticles } from "../../graph/loader/load.ts";
import { addWatch } from "../../graph/watches/add.ts";
import { checkWatches } from "../../graph/watches/check.ts";
import { watchesDir } from "../../graph/watches/files.ts";
import { readInbox } from "../../graph/watches/inbox.ts";
import { clearDatabase, testDriver } from "../support/db.ts";
import { WATCH_SLUGS, watchFolders, writeWatchArticle } from "../support/watchCorpus.ts";

let driver: Driver;
let db: GraphDb;
const folders = watchFolders();
const dir = watchesDir(folders.articles);

/** Loads one article of the corpus as `npm run load` does, then checks the watches against it. */
async function load(slug: string) {
  const folder = join(folders.articles, slug);
  try {
    readFileSync(join(folder, "meta.json"));
  } catch {
    writeWatchArticle(folders.articles, slug);
  }
  await loadArticles(driver, [folder]);
  return checkWatches(db, dir, [slug], { queriesDir: folders.queries });
}

beforeAll(async () => {
  driver = testDriver();
  await clearDatabase(driver);
  db = new GraphDb(driver, undefined);
  await load(WATCH_SLUGS.base);
  await addWatch(db, dir, { target: { kind: "entity", entity: "acme" } });
  await addWatch(db, dir, { target: { kind: "pair", from: "northland", to: "bravo", hops: 3 } });
  await addWatch(db, dir, { target: { kind: "query", query: "partners" } }, { queriesDir: folders.queries });
});
afterAll(async () => {
  await driver.close();
});

describe("watches checked against what a load adds", () => {
  it("names each watch by what it follows, with the names found in the graph", () => {
    expect(readInbox(dir).watches.map((w) => [w.id, w.label])).toEqual([
      ["entity-acme", "Acme"],
      ["pair-northland-bravo-3", "Northland and Bravo Holdings within 3 hops"],
      ["query-partners", "the saved query “Who partners with whom”"],
    ]);
  });

  it("raises nothing on an article that adds no relationship of the entity and no path between the pair", async () => {
    const { alerts, warnings } = await load(WATCH_SLUGS.unrelated);
    expect(warnings).toEqual([]);
    expect(alerts).toEqual([]);
    expect(readInbox(dir).unread).toBe(0);
  });

  it("raises an entity, a pair and a query alert on an article that links Acme to Zed Corp", async () => {
    const { alerts, warnings } = await load(WATCH_SLUGS.partners);
    expect(warnings).toEqual([]);
    const byWatch = new Map(alerts.map((a) => [a.watch, a]));
    expect([...byWatch.keys()].sort()).toEqual(["entity-acme", "pair-northland-bravo-3", "query-partners"]);

    const entity = byWatch.get("entity-acme")!;
    expect(entity.summary).toBe("1 new relationship of Acme");
    expect(entity.relationships).toEqual([
      {
        id: `${WATCH_SLUGS.partners}/r0`,
        type: "PARTNER_OF",
        from: { id: "acme", name: "Acme" },
        to: { id: "zed", name: "Zed Corp" },
        quotes: ["Acme is a partner of Zed Corp in the new mine."],
        article: { slug: WATCH_SLUGS.partners, title: "Acme is a partner of Zed Corp in the new mine" },
      },
    ]);

    const pair = byWatch.get("pair-northland-bravo-3")!;
    expect(pair.path).toEqual(["Northland", "Acme", "Zed Corp", "Bravo Holdings"]);
    expect(pair.relationships.map((r) => r.id)).toEqual([`${WATCH_SLUGS.partners}/r0`]);

    const query = byWatch.get("query-partners")!;
    expect(query.columns).toEqual(["partner", "of", "a", "b"]);
    expect(query.rows?.map((r) => r.slice(0, 2))).toEqual([["Acme", "Zed Corp"]]);
    expect(readInbox(dir).unread).toBe(3);
  });

  it("raises nothing when the same article is loaded again", async () => {
    const { alerts } = await load(WATCH_SLUGS.partners);
    expect(alerts).toEqual([]);
    expect(readInbox(dir).unread).toBe(3);
  });

  it("reports only the new rows of a saved query", async () => {
    const { alerts } = await load(WATCH_SLUGS.morePartners);
    expect(alerts.map((a) => a.watch)).toEqual(["query-partners"]);
    expect(alerts[0]!.rows?.map((r) => r.slice(0, 2))).toEqual([["Orbit Mining", "Quill Bank"]]);
  });

  it("refuses a bad watch file in one sentence and checks the others", async () => {
    const path = join(dir, "pair-too-far.json");
    writeFileSync(
      path,
      JSON.stringify({
        version: 1,
        id: "pair-too-far",
        label: "too far",
        created: "2026-06-01T00:00:00.000Z",
        target: { kind: "pair", from: "acme", to: "bravo", hops: 9 },
      }),
    );
    const { alerts, warnings } = await load(WATCH_SLUGS.acmeFunds);
    expect(warnings).toEqual([
      "data/watches/pair-too-far.json at target.hops: must be at most 4; that watch was not checked.",
    ]);
    expect(alerts.find((a) => a.watch === "entity-acme")?.summary).toBe("1 new relationship of Acme");
    expect(readInbox(dir).unreadable).toEqual([
      "data/watches/pair-too-far.json at target.hops: must be at most 4.",
    ]);
  });
});
