import { cpSync, existsSync, mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FAMILIES } from "../../graph/model/vocabulary/families.ts";
import { tempDir } from "../support/addFixtures.ts";
import { GOITA_SLUG, articleCopy } from "../support/articleFixture.ts";
import { openExplorerPage, useArticleStack } from "../support/articleStack.ts";
import { UI_TIMEOUT } from "../support/explorerPage.ts";

// data/ as a user has it: articles/ with the seed article, vocabulary.json written beside it.
// One of its relations keeps a type from before the vocabulary, as an older article would.
const OLD_TYPE = "TRAINED_PROFESSIONALS_OF";
const data = tempDir("vocabulary-data");
const articles = join(data, "articles");
mkdirSync(articles);
const seed = articleCopy({
  annotation: (a) => {
    const trained = a.relations.find((r) => r.id === "russia-trained-malian-professionals");
    if (!trained) throw new Error("the seed article lost its relation russia-trained-malian-professionals");
    trained.type = OLD_TYPE;
  },
});
const seedDir = join(articles, GOITA_SLUG);
cpSync(seed, seedDir, { recursive: true });

const stack = useArticleStack({ articles: { dir: articles, enabled: true } }, [seedDir]);

describe("the relationship vocabulary in the browser", () => {
  let page: Page;
  beforeAll(async () => {
    page = await openExplorerPage(stack);
  });
  afterAll(async () => {
    await page?.close();
  });

  it("groups the legend's relationship types by family, in the vocabulary's order, older types last", async () => {
    await page.locator(".legend summary").click();
    const types = page.getByRole("group", { name: "Relationship types" });
    const sections = types.locator("section");
    await expect.poll(() => sections.count()).toBeGreaterThan(3);
    const labels = await sections.evaluateAll((els) => els.map((e) => e.getAttribute("aria-label")));
    const order = [...FAMILIES.map((f) => f.label), "Other types"];
    expect(labels.map((l) => order.indexOf(l ?? ""))).toEqual(
      [...labels.map((l) => order.indexOf(l ?? ""))].sort((a, b) => a - b),
    );
    expect(labels.every((l) => order.includes(l ?? ""))).toBe(true);
    const inFamily = (family: string, type: string) =>
      types
        .getByRole("region", { name: family })
        .getByRole("button", { name: new RegExp(`^${type} \\(\\d+\\)$`) });
    await inFamily("Leadership", "LEADS").waitFor();
    await inFamily("Agreements", "SIGNED").waitFor();
    // A type from before the vocabulary stays visible, apart, until migrated.
    await inFamily("Other types", OLD_TYPE).waitFor();
    const summary = await page.locator(".legend summary").innerText();
    const total = Number(/Relationship types \((\d+)\)/.exec(summary)?.[1]);
    expect(await types.getByRole("button").count()).toBe(total);
  });

  it("lets a reviewer pick a type by family in Annotate, and add a new one that lands in data/vocabulary.json", async () => {
    await page.goto(`${stack.server.url}/?annotate=${GOITA_SLUG}`);
    await page.getByRole("region", { name: "Relations" }).getByRole("listitem").first().click();
    const editor = page.getByRole("region", { name: /^Relation / });
    const type = editor.getByLabel("Type", { exact: true });
    await type.waitFor({ timeout: UI_TIMEOUT });
    await expect
      .poll(() => type.locator('optgroup[label="Leadership"] option[value="LEADS"]').count())
      .toBe(1);
    expect(await type.locator('optgroup[label="Conflict and pressure"] option').count()).toBeGreaterThan(2);

    await type.selectOption({ label: "New type…" });
    const form = page.getByRole("group", { name: "New relationship type" });
    await form.getByLabel("Name").fill("lobbies");
    await form.getByLabel("Family").selectOption({ label: "Support and aid" });
    await form.getByLabel("Meaning").fill("The subject lobbies the object.");
    await form.getByRole("button", { name: "Add type" }).click();

    await expect.poll(() => type.inputValue()).toBe("LOBBIES");
    expect(await type.locator('optgroup[label="Support and aid"] option[value="LOBBIES"]').count()).toBe(1);
    const file = join(data, "vocabulary.json");
    expect(existsSync(file)).toBe(true);
    expect(JSON.parse(readFileSync(file, "utf8"))).toEqual({
      additions: [{ name: "LOBBIES", family: "support", description: "The subject lobbies the object." }],
    });
  });
});
