import { existsSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { tempDir } from "../support/addFixtures.ts";
import { useArticleStack } from "../support/articleStack.ts";
import { scalar } from "../support/db.ts";
import { UI_TIMEOUT } from "../support/explorerPage.ts";

/**
 * Drafts reviewed as a queue: "Next draft" and the keyboard go on to the next
 * draft with work left, and "Publish all reviewed" publishes every draft with
 * nothing left to review. The drafts are suggested by CoreNLP, as a user's are.
 */
const articles = tempDir("queue-articles");
const stack = useArticleStack({
  articles: { dir: articles, enabled: true },
  nlpUrl: async () => inject("nlpUrl"),
});

const TEXTS = [
  {
    title: "Tarn Valley Water Board opens a pumping station",
    published: "2026-03-03",
    text: "The Tarn Valley Water Board opened a pumping station in Hollin on Tuesday. Mayor Edda Varga said Hollin would draw water from the Tarn River.",
  },
  {
    title: "Brisk Rail signs a depot lease with Calder Freight",
    published: "2026-03-02",
    text: "Brisk Rail signed a depot lease with Calder Freight in Nortown. The depot will open in May, Calder Freight said.",
  },
  {
    title: "Ostrava Mills buys Lenz Textiles",
    published: "2026-03-01",
    text: "Ostrava Mills bought Lenz Textiles for an undisclosed sum. Lenz Textiles employs 300 people in Brno.",
  },
];

const slugs: string[] = [];
let page: Page;

const slugInUrl = () => new URL(page.url()).searchParams.get("annotate");
const leftToReview = async () => Number((await page.getByLabel("Left to review").innerText()).split(" ")[0]);

describe("the review queue", () => {
  beforeAll(async () => {
    for (const t of TEXTS) {
      const response = await fetch(`${stack.server.url}/api/articles`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify(t),
      });
      expect(response.status).toBe(201);
      slugs.push(((await response.json()) as { slug: string }).slug);
    }
    page = await stack.browser.browser.newPage({ viewport: { width: 1400, height: 900 } });
    page.setDefaultTimeout(UI_TIMEOUT);
  }, 300_000);
  afterAll(async () => {
    await page?.close();
  });

  it("opens the next draft with work left, by the button and from the last item by the keyboard", async () => {
    await page.goto(`${stack.server.url}/?annotate=${slugs[0]}`);
    await page.getByRole("heading", { name: TEXTS[0]!.title, level: 2 }).waitFor();
    await page.getByRole("button", { name: "Next draft" }).click();
    await page.getByRole("heading", { name: TEXTS[1]!.title, level: 2 }).waitFor();
    expect(slugInUrl()).toBe(slugs[1]);
    // k from nothing selected picks the last item; j from there goes on to the next draft.
    await page.keyboard.press("k");
    await page.keyboard.press("j");
    await page.getByRole("heading", { name: TEXTS[2]!.title, level: 2 }).waitFor();
    expect(slugInUrl()).toBe(slugs[2]);
  }, 120_000);

  it("publishes every draft with nothing left to review, and only those", async () => {
    // Judge every item of the second draft with the keyboard: a accepts and moves on.
    await page.goto(`${stack.server.url}/?annotate=${slugs[1]}`);
    await page.getByRole("heading", { name: TEXTS[1]!.title, level: 2 }).waitFor();
    const items = await leftToReview();
    expect(items).toBeGreaterThan(0);
    await page.keyboard.press("j");
    for (let i = 0; i < items; i++) await page.keyboard.press("a");
    await expect.poll(leftToReview, { timeout: UI_TIMEOUT }).toBe(0);
    await expect
      .poll(() => page.getByRole("status", { name: "Save status" }).innerText(), { timeout: UI_TIMEOUT })
      .toBe("Saved");

    await page.goto(stack.server.url);
    await page.getByRole("button", { name: "Annotate" }).click();
    const dialog = page.getByRole("dialog", { name: "Annotate an article" });
    await dialog.getByRole("button", { name: "Publish all reviewed (1)" }).click();
    await expect
      .poll(() => dialog.getByRole("status").innerText(), { timeout: UI_TIMEOUT })
      .toMatch(/^1 published, 0 not published\./);
    expect(existsSync(join(articles, slugs[1]!, "annotation.json"))).toBe(true);
    for (const other of [slugs[0]!, slugs[2]!])
      expect(existsSync(join(articles, other, "annotation.json"))).toBe(false);
    expect(
      await scalar<number>(stack.driver, "MATCH (a:Article {slug: $slug}) RETURN count(a)", {
        slug: slugs[1],
      }),
    ).toBe(1);
    // The list, refreshed, has nothing more to publish.
    await dialog.getByRole("button", { name: "Refresh the list" }).click();
    await dialog.getByRole("button", { name: "Publish all reviewed (0)" }).waitFor();
  }, 180_000);
});
