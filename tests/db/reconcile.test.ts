import { cpSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { reconcileArticles } from "../../graph/loader/reconcile.ts";
import { canonicalDump, clearDatabase, scalar, testDriver } from "../support/db.ts";
import { tempDir } from "../support/addFixtures.ts";
import { GOITA_SLUG, LATER_SLUG, goitaDir, laterDir } from "../support/articleFixture.ts";

let driver: Driver;
const root = tempDir("reconcile");
const lines: string[] = [];
/** What the reconcile said, without the loader's warnings about types outside the vocabulary (tested on their own). */
const reconcileLines = () => lines.filter((l) => !l.includes("npm run vocabulary -- migrate"));
const reconcile = () => reconcileArticles(driver, root, { log: (line) => lines.push(line) });

beforeAll(async () => {
  driver = testDriver();
  await clearDatabase(driver);
  cpSync(goitaDir, join(root, GOITA_SLUG), { recursive: true });
  cpSync(laterDir, join(root, LATER_SLUG), { recursive: true });
});
afterAll(async () => {
  await clearDatabase(driver);
  await driver.close();
});

describe("reconciling the graph with the article folders", () => {
  it("loads what the graph lacks, then finds everything up to date", async () => {
    expect(await reconcile()).toEqual({
      added: [GOITA_SLUG, LATER_SLUG],
      reloaded: [],
      removed: [],
      unchanged: 0,
    });
    expect(await reconcile()).toEqual({ added: [], reloaded: [], removed: [], unchanged: 2 });
    expect(
      await scalar<number>(driver, "MATCH (a:Article) WHERE a.sourceHash IS NOT NULL RETURN count(a)"),
    ).toBe(2);
  });

  it("reloads an article whose annotation.json changed without the graph (a publish cut short), as a full load would", async () => {
    // The state a publish killed after writing annotation.json and before loading it leaves behind.
    const file = join(root, GOITA_SLUG, "annotation.json");
    const annotation = JSON.parse(readFileSync(file, "utf8")) as { relations: unknown[] };
    annotation.relations = annotation.relations.slice(1);
    writeFileSync(file, JSON.stringify(annotation, null, 2));
    lines.length = 0;
    expect(await reconcile()).toEqual({ added: [], reloaded: [GOITA_SLUG], removed: [], unchanged: 1 });
    expect(reconcileLines()).toEqual([`Reloading ${GOITA_SLUG}: its files changed since it was loaded.`]);
    const reconciled = await canonicalDump(driver);
    // The same graph as loading both folders from scratch.
    await clearDatabase(driver);
    await reconcile();
    expect(await canonicalDump(driver)).toBe(reconciled);
  });

  it("removes an article whose folder is gone, with everything only it held", async () => {
    const before = await scalar<number>(driver, "MATCH (e:Entity) RETURN count(e)");
    rmSync(join(root, LATER_SLUG), { recursive: true });
    lines.length = 0;
    expect(await reconcile()).toEqual({ added: [], reloaded: [], removed: [LATER_SLUG], unchanged: 1 });
    expect(reconcileLines()).toEqual([
      `Removing ${LATER_SLUG} from the graph: its folder, or its annotation.json, is gone from the articles folder.`,
    ]);
    expect(await scalar<string[]>(driver, "MATCH (a:Article) RETURN collect(a.slug)")).toEqual([GOITA_SLUG]);
    expect(await scalar<number>(driver, "MATCH (e:Entity) RETURN count(e)")).toBeLessThanOrEqual(before);
    const onlyGoita = await canonicalDump(driver);
    await clearDatabase(driver);
    await reconcile();
    expect(await canonicalDump(driver)).toBe(onlyGoita);
  });
});
