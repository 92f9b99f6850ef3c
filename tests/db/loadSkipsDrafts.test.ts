import { cpSync } from "node:fs";
import { basename, join } from "node:path";
import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { addArticle } from "../../graph/articles/add.ts";
import { defaultArticleDirs } from "../../graph/loader/load.ts";
import { HARBOUR_TEXT, tempDir } from "../support/addFixtures.ts";
import { GOITA_SLUG, goitaDir } from "../support/articleFixture.ts";
import { runCli } from "../support/cli.ts";
import { clearDatabase, scalar, testDriver } from "../support/db.ts";

let driver: Driver;
const articles = tempDir("drafts");
let draftSlug: string;

beforeAll(async () => {
  driver = testDriver();
  await clearDatabase(driver);
  cpSync(goitaDir, join(articles, GOITA_SLUG), { recursive: true });
  const added = await addArticle(
    { from: "text", text: HARBOUR_TEXT },
    { published: "2024-03-05" },
    { articlesDir: articles },
  );
  draftSlug = added.slug;
});
afterAll(() => driver.close());

describe("a folder holding a draft but no annotation.json", () => {
  it("is left out of the folders to load, with one line saying so", () => {
    const lines: string[] = [];
    expect(defaultArticleDirs(articles, (line) => lines.push(line))).toEqual([join(articles, GOITA_SLUG)]);
    expect(lines).toEqual([
      `Skipping ${basename(articles)}/${draftSlug}: it holds a draft (draft.json) but no annotation.json yet.`,
    ]);
  });

  it("is skipped by npm run load, which loads the other articles", async () => {
    const { uri, password } = inject("neo4j");
    const result = await runCli("load", [], {
      NEO4J_URI: uri,
      NEO4J_PASSWORD: password,
      DOSSIER_ARTICLES: articles,
    });
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(
      `Skipping ${basename(articles)}/${draftSlug}: it holds a draft (draft.json) but no annotation.json yet.\n`,
    );
    expect(result.stdout).toContain("Loaded 1 article(s).");
    expect(await scalar<number>(driver, "MATCH (a:Article) RETURN count(a)")).toBe(1);
    expect(await scalar<string>(driver, "MATCH (a:Article) RETURN a.slug")).toBe(GOITA_SLUG);
  });
});
