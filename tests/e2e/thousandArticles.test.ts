import { join } from "node:path";
import type { Locator, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generateDataset } from "../../bench/generate/dataset.ts";
import { tempDir } from "../support/addFixtures.ts";
import { useArticleStack } from "../support/articleStack.ts";
import { UI_TIMEOUT } from "../support/explorerPage.ts";

/**
 * A thousand article folders (the generator's, two relations each): the
 * Articles panel and the Annotate list draw only the rows in view, reach the
 * last article by scrolling, and the panel's search finds one far down.
 */
const ARTICLES = 1000;
const articles = join(tempDir("thousand"), "articles");
const manifest = generateDataset({ relations: ARTICLES * 2, seed: 7, out: articles, perArticle: [2, 2] });
const stack = useArticleStack(
  { articles: { dir: articles, enabled: true } },
  manifest.slugs.map((slug) => join(articles, slug)),
);
/** Well under what a thousand rows would put in the page. */
const MOST_ROWS = 100;

let page: Page;

async function titlesFrom(path: string): Promise<string[]> {
  const answer = (await (await fetch(`${stack.server.url}${path}`)).json()) as {
    articles: { title: string }[];
  };
  return answer.articles.map((a) => a.title);
}

/** Scrolls the list's own box to its end until the row of the last article is drawn. */
async function scrollToEnd(list: Locator, lastTitle: string): Promise<void> {
  await expect
    .poll(
      async () => {
        await list.evaluate((el) => {
          const box = el.parentElement!;
          box.scrollTop = box.scrollHeight;
        });
        return list.getByRole("listitem").last().innerText();
      },
      { timeout: UI_TIMEOUT },
    )
    .toContain(lastTitle);
}

describe("a thousand articles", () => {
  beforeAll(async () => {
    expect(manifest.articles).toBe(ARTICLES);
    page = await stack.browser.browser.newPage({ viewport: { width: 1400, height: 900 } });
    page.setDefaultTimeout(UI_TIMEOUT);
  }, 300_000);
  afterAll(async () => {
    await page?.close();
  });

  it("draws a few rows of the Articles panel, scrolls to the last, and searches one far down", async () => {
    const titles = await titlesFrom("/api/articles");
    expect(titles).toHaveLength(ARTICLES);
    await page.goto(stack.server.url);
    await page.getByRole("tab", { name: "Articles" }).click();
    await page.getByText(`${ARTICLES.toLocaleString("en")} articles`).waitFor();
    const list = page.getByRole("list", { name: "Article list" });
    await list.getByRole("listitem", { name: titles[0]! }).waitFor();
    const drawn = await list.getByRole("listitem").count();
    expect(drawn).toBeGreaterThan(0);
    expect(drawn).toBeLessThan(MOST_ROWS);

    await scrollToEnd(list, titles[ARTICLES - 1]!);
    expect(await list.getByRole("listitem").last().getAttribute("aria-posinset")).toBe(String(ARTICLES));
    expect(await list.getByRole("listitem").count()).toBeLessThan(MOST_ROWS);

    // Tab from the last row drawn goes on to the next article: focusing a row scrolls it into view,
    // and the rows after it are drawn before the focus leaves it.
    await list.evaluate((el) => (el.parentElement!.scrollTop = 0));
    await list.getByRole("listitem", { name: titles[0]! }).waitFor();
    const edge = list.getByRole("listitem").last();
    const place = Number(await edge.getAttribute("aria-posinset"));
    await edge.getByRole("button", { name: "What does this add?" }).focus();
    await list.getByRole("listitem", { name: titles[place]! }).waitFor();
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(titles[place]);

    // An article among the oldest fifth whose number no other title holds ("… 150", not "… 15").
    const number = (title: string) => title.split(" ").pop()!;
    const farDown = titles
      .slice(ARTICLES * 0.8)
      .find((t) => titles.filter((u) => number(u).includes(number(t))).length === 1)!;
    await page.getByRole("searchbox", { name: "Search article titles" }).fill(farDown);
    await list.getByRole("listitem", { name: farDown }).waitFor();
    const found = await list.locator(".article-title").allInnerTexts();
    expect(found).toEqual([farDown]);
    await page.getByText(`1 of ${ARTICLES.toLocaleString("en")} articles`).waitFor();
  }, 180_000);

  it("draws a few rows of the Annotate list and scrolls to the last, which opens", async () => {
    const titles = await titlesFrom("/api/drafts");
    expect(titles).toHaveLength(ARTICLES);
    await page.goto(stack.server.url);
    await page.getByRole("button", { name: "Annotate", exact: true }).click();
    const dialog = page.getByRole("dialog", { name: "Annotate an article" });
    const list = dialog.getByRole("list", { name: "Articles to annotate" });
    await list.getByRole("link", { name: titles[0]!, exact: true }).waitFor();
    expect(await list.getByRole("listitem").count()).toBeLessThan(MOST_ROWS);

    const lastTitle = titles[ARTICLES - 1]!;
    await scrollToEnd(list, lastTitle);
    expect(await list.getByRole("listitem").count()).toBeLessThan(MOST_ROWS);
    await list.getByRole("link", { name: lastTitle, exact: true }).click();
    await page.getByRole("heading", { name: lastTitle, level: 2 }).waitFor();
  }, 180_000);
});
