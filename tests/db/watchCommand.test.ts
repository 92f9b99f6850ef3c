import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { type CliResult, runCli } from "../support/cli.ts";
import { clearDatabase, testDriver } from "../support/db.ts";
import { WATCH_SLUGS, watchFolders, writeWatchArticle } from "../support/watchCorpus.ts";
import { WATCH_VERSION } from "../../graph/contract/watches.ts";
import { writeWatch } from "../../graph/watches/files.ts";

let driver: Driver;
const folders = watchFolders();

/** A command with the test Neo4j and the corpus's data folder (through DOSSIER_ARTICLES). */
function run(name: string, args: string[]): Promise<CliResult> {
  const { uri, password } = inject("neo4j");
  return runCli(name, args, { NEO4J_URI: uri, NEO4J_PASSWORD: password, DOSSIER_ARTICLES: folders.articles });
}

beforeAll(async () => {
  driver = testDriver();
  await clearDatabase(driver);
  writeWatchArticle(folders.articles, WATCH_SLUGS.base);
  expect((await run("load", [join(folders.articles, WATCH_SLUGS.base)])).code).toBe(0);
});
afterAll(async () => {
  await driver.close();
});

describe("npm run watch", () => {
  it("adds an entity and a pair watch and lists them", async () => {
    const entity = await run("watch", ["add", "entity", "acme"]);
    expect(entity.stdout.trim()).toBe("Watching Acme: data/watches/entity-acme.json.");
    const pair = await run("watch", ["add", "pair", "northland", "bravo", "--hops", "3"]);
    expect(pair.stdout.trim()).toBe(
      "Watching Northland and Bravo Holdings within 3 hops: data/watches/pair-northland-bravo-3.json.",
    );
    const unknown = await run("watch", ["add", "entity", "nobody"]);
    expect([unknown.code, unknown.stderr.trim()]).toEqual([
      1,
      'Error: There is no entity with the id "nobody" in the graph to watch.',
    ]);
    const list = await run("watch", ["list"]);
    expect(list.stdout).toContain("entity-acme");
    expect(list.stdout).toContain("Northland and Bravo Holdings within 3 hops (0 unread)");
  });

  it("says what a load raised, and check prints it with its quote, exit code 0", async () => {
    writeWatchArticle(folders.articles, WATCH_SLUGS.partners);
    const load = await run("load", [join(folders.articles, WATCH_SLUGS.partners)]);
    expect(load.code).toBe(0);
    expect(load.stdout).toContain("Watches: 2 new alert(s)");

    const check = await run("watch", ["check", "--mark-read"]);
    expect(check.code).toBe(0);
    expect(check.stdout).toContain("1 new relationship of Acme");
    expect(check.stdout).toContain("path: Northland - Acme - Zed Corp - Bravo Holdings");
    expect(check.stdout).toContain("“Acme is a partner of Zed Corp in the new mine.”");

    const again = await run("watch", ["check", "--since-load"]);
    expect([again.code, again.stdout.trim()]).toEqual([0, "No unread alerts."]);
  });

  it("removes a watch", async () => {
    expect((await run("watch", ["remove", "entity-acme"])).stdout.trim()).toBe(
      "Removed the watch entity-acme.",
    );
    const list = await run("watch", ["list"]);
    expect(list.stdout).not.toContain("entity-acme");
  });

  it("checks again, at the next load, what a publish started and the server never ended", async () => {
    // The state a server leaves when it stops during a publish's check: the article is in the graph,
    // the watch on Zed Corp never saw its relationship, and the check's trace is on disk.
    const watches = join(dirname(folders.articles), "watches");
    writeWatch(watches, {
      version: WATCH_VERSION,
      id: "entity-zed",
      label: "Zed Corp",
      created: "2026-06-01T00:00:00.000Z",
      target: { kind: "entity", entity: "zed" },
    });
    mkdirSync(join(watches, "runs"), { recursive: true });
    const trace = join(watches, "runs", "unfinished.json");
    writeFileSync(trace, JSON.stringify({ checks: [{ id: "stopped", articles: [WATCH_SLUGS.partners] }] }));

    const load = await run("load", []);
    expect(load.code).toBe(0);
    expect(load.stdout).toContain(
      "Watches: checking again 1 check(s) a publish started and the server did not end.",
    );
    expect(load.stdout).toContain("1 new relationship of Zed Corp");
    expect(existsSync(trace)).toBe(false);
  });
});
