import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type DatasetManifest, generateDataset } from "../../bench/generate/dataset.ts";
import { loadArticles } from "../../graph/loader/load.ts";
import { canonicalDump, clearDatabase, testDriver } from "../support/db.ts";

let driver: Driver;
let root: string;
let manifest: DatasetManifest;

beforeAll(() => {
  driver = testDriver();
  root = mkdtempSync(join(tmpdir(), "dossier-batches-"));
  manifest = generateDataset({ relations: 1000, seed: 11, out: root });
});

afterAll(async () => {
  await clearDatabase(driver);
  await driver.close();
  rmSync(root, { recursive: true, force: true });
});

async function loadedDump(batchSize: number): Promise<string> {
  await clearDatabase(driver);
  await loadArticles(
    driver,
    manifest.slugs.map((slug) => join(root, slug)),
    { batchSize },
  );
  return canonicalDump(driver);
}

describe("loading 1k generated relations", () => {
  it("gives the same graph with one article per transaction as with many articles (entities new to the graph merged once per load)", async () => {
    const oneByOne = await loadedDump(1);
    // Entities are shared across articles: a middle size groups some of them, the default all of them.
    for (const batchSize of [700, 10_000])
      expect(await loadedDump(batchSize), `batch size ${batchSize}`).toBe(oneByOne);
    expect(oneByOne.split("\n").filter((line) => line.startsWith("N ")).length).toBe(
      manifest.entities + manifest.articles + manifest.sentences,
    );
  });
});
