import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Locator, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { tempDir } from "../support/addFixtures.ts";
import { useArticleStack } from "../support/articleStack.ts";
import { scalar } from "../support/db.ts";
import { DUPLICATE_ARTICLES, writeDuplicateArticles } from "../support/duplicatesCorpus.ts";
import { UI_TIMEOUT, chooseNode, escapeRegExp, waitForDetails } from "../support/explorerPage.ts";

/**
 * The Duplicates view against the real server and Neo4j: two published articles name one company
 * two ways; the reviewer sees the pair with its reasons and both quotes, merges it, and finds the
 * kept entity in the explorer with the mentions of both articles. "Not the same" takes a pair off
 * for good, and a refusal shows the server's sentence and changes nothing else.
 */
// The decisions file goes beside the articles folder (data/decisions/ beside data/articles/).
const data = tempDir("duplicates");
const articles = join(data, "articles");
const stack = useArticleStack(
  { articles: { dir: articles, enabled: true } },
  writeDuplicateArticles(articles),
);
const [FIRST, SECOND] = DUPLICATE_ARTICLES;

let page: Page;

/** A pair of the list by its two names, whichever side the server put each on. */
function pairOf(one: string, other: string): Locator {
  const [x, y] = [escapeRegExp(one), escapeRegExp(other)];
  return page
    .getByRole("list", { name: "Possible duplicates" })
    .getByRole("article", { name: new RegExp(`^(${x} · ${y}|${y} · ${x})$`) });
}

/** "A" or "B": the side of the pair that `name` is on. */
async function sideOf(pair: Locator, name: string): Promise<"A" | "B"> {
  const headings = await pair.getByRole("heading", { level: 4 }).allInnerTexts();
  const side = headings.find((h) => h.replace(/^[AB]\s+/, "") === name);
  expect(side, `${name} is a side of ${JSON.stringify(headings)}`).toBeDefined();
  return side!.startsWith("A") ? "A" : "B";
}

const focusedText = () => page.evaluate(() => document.activeElement?.textContent ?? "");

async function openDuplicates(): Promise<void> {
  await page.goto(`${stack.server.url}/?duplicates`);
  await page.getByText(/pairs? to decide among/).waitFor();
}

describe("the Duplicates view", () => {
  beforeAll(async () => {
    page = await stack.browser.browser.newPage({ viewport: { width: 1400, height: 900 } });
    page.setDefaultTimeout(UI_TIMEOUT);
  });
  afterAll(async () => {
    await page?.close();
  });

  it("shows a pair with its reasons and both quotes; a merge by the keyboard shows in the explorer", async () => {
    await page.goto(stack.server.url);
    await page.getByRole("link", { name: "Duplicates" }).click();
    await page.waitForURL(/\?duplicates$/);
    const pair = pairOf("Brannock Group", "Brannock");
    await pair.waitFor();
    expect(await pair.getByRole("list", { name: "Reasons" }).innerText()).toContain(
      "One name contains the other: “Brannock Group” contains “Brannock”",
    );
    // Both sides' quotes, side by side: the sentence with the name marked, and the article's title.
    const quotes = [
      {
        side: "Brannock Group",
        article: FIRST,
        sentence: "Brannock Group opened a grain depot in Ferrow on Monday.",
      },
      {
        side: "Brannock",
        article: SECOND,
        sentence: "Brannock will hire forty drivers for its new depot in Ferrow.",
      },
    ];
    for (const q of quotes) {
      const list = pair.getByRole("list", { name: `Quotes naming ${q.side}`, exact: true });
      const text = await list.innerText();
      expect(text).toContain(q.sentence);
      expect(text).toContain(`${q.article.title}, sentence 1`);
      expect(await list.locator("mark").allInnerTexts()).toContain(q.side);
    }

    // The keyboard: from the pair, Tab goes to "Merge into A", then "Merge into B"; Enter decides.
    const keep = await sideOf(pair, "Brannock Group");
    await pair.focus();
    await page.keyboard.press("Tab");
    expect(await focusedText()).toBe("Merge into A");
    if (keep === "B") {
      await page.keyboard.press("Tab");
      expect(await focusedText()).toBe("Merge into B");
    }
    await page.keyboard.press("Enter");
    await page
      .getByRole("status", { name: "Last decision" })
      .getByText("Merged “Brannock” into “Brannock Group”.")
      .waitFor();
    await page.getByRole("status", { name: "Last decision" }).getByRole("button", { name: "Undo" }).waitFor();
    await pair.waitFor({ state: "detached" });
    // The focus went on to a pair left in the list, not back to the page.
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe("ARTICLE");
    await page
      .getByRole("list", { name: "Merged" })
      .getByRole("button", { name: "Split “Brannock” from “Brannock Group”" })
      .waitFor();
    // `DOSSIER_SCREENSHOTS=docs npx vitest run tests/e2e/duplicates.test.ts` refreshes the guide's picture.
    if (process.env.DOSSIER_SCREENSHOTS) {
      await page.screenshot({ path: join(process.env.DOSSIER_SCREENSHOTS, "duplicates.png") });
    }
    expect(await scalar<number>(stack.driver, "MATCH (e:Entity {id: 'brannock'}) RETURN count(e)")).toBe(0);
    const kept = JSON.parse(readFileSync(join(data, "decisions", "same-as.json"), "utf8")) as {
      same: { keep: string; drop: string }[];
    };
    expect(kept.same.map((d) => [d.keep, d.drop])).toEqual([["brannock-group", "brannock"]]);

    // The explorer: the kept entity's details list mentions from both articles.
    await page.getByRole("link", { name: "Back to the explorer" }).click();
    await chooseNode(page, "Search", "brannock", "Brannock Group");
    await waitForDetails(page, "Brannock Group");
    const mentions = page.getByRole("list", { name: "Mentions", exact: true });
    await expect
      .poll(() => mentions.locator(":scope > li").evaluateAll((items) => items.map((i) => i.ariaLabel)), {
        timeout: UI_TIMEOUT,
      })
      .toEqual(expect.arrayContaining([FIRST.title, SECOND.title]));
    expect(await mentions.innerText()).toContain("Brannock will hire forty drivers");
  }, 180_000);

  it("shows the server's sentence when it refuses a decision, and changes nothing else", async () => {
    await openDuplicates();
    const pair = pairOf("Ilse Dunmore", "Mayor Dunmore");
    await pair.waitFor();
    const shown = await page.getByRole("list", { name: "Possible duplicates" }).getByRole("article").count();
    const merged = await page.getByRole("list", { name: "Merged" }).getByRole("listitem").count();
    // Meanwhile, in another tab, the pair was said not to be the same: a merge of it is refused.
    const post = (path: string, body: unknown) =>
      fetch(`${stack.server.url}/api/duplicates/${path}`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify(body),
      });
    expect((await post("not-same", { a: "ilse-dunmore", b: "mayor-dunmore" })).status).toBe(200);
    const refusal = await post("merge", { keep: "ilse-dunmore", drop: "mayor-dunmore" });
    expect(refusal.status).toBe(409);
    const sentence = ((await refusal.json()) as { error: { message: string } }).error.message;

    await pair.getByRole("button", { name: `Merge into ${await sideOf(pair, "Ilse Dunmore")}` }).click();
    await expect.poll(() => page.getByRole("alert").innerText(), { timeout: UI_TIMEOUT }).toBe(sentence);
    expect(await page.getByRole("status", { name: "Last decision" }).innerText()).toBe("");
    expect(await pair.count()).toBe(1);
    expect(await page.getByRole("list", { name: "Possible duplicates" }).getByRole("article").count()).toBe(
      shown,
    );
    expect(await page.getByRole("list", { name: "Merged" }).getByRole("listitem").count()).toBe(merged);
  }, 120_000);

  it("takes a pair said not to be the same off the list, and it stays off after a reload", async () => {
    await openDuplicates();
    const pair = pairOf("Ferrow Rail Freight", "Ferrow Rail");
    await pair.getByRole("button", { name: "Not the same" }).click();
    await page
      .getByRole("status", { name: "Last decision" })
      .getByText(/^Marked “Ferrow Rail( Freight)?” and “Ferrow Rail( Freight)?” as not the same\.$/)
      .waitFor();
    await pair.waitFor({ state: "detached" });

    await page.reload();
    await page.getByText(/pairs? to decide among/).waitFor();
    expect(await pair.count()).toBe(0);
    // After a reload the pair is no longer in the list, yet its row reads by both names, not ids.
    const row = page
      .getByRole("list", { name: "Not the same" })
      .getByRole("listitem")
      .filter({ hasText: "Ferrow" });
    expect(await row.innerText()).toMatch(/^“Ferrow Rail( Freight)?” and “Ferrow Rail( Freight)?”/);
    expect(await page.getByRole("list", { name: "Not the same" }).innerText()).not.toContain("ferrow-rail");

    await row
      .getByRole("button", {
        name: /^Undo “Ferrow Rail( Freight)?” not the same as “Ferrow Rail( Freight)?”$/,
      })
      .click();
    await page
      .getByRole("status", { name: "Last decision" })
      .getByText(/^“Ferrow Rail( Freight)?” and “Ferrow Rail( Freight)?” may be proposed again\.$/)
      .waitFor();
    await pair.waitFor();
    expect(await row.count()).toBe(0);
  }, 120_000);

  it("splits a merge again from the decisions, and the pair comes back to the list", async () => {
    await openDuplicates();
    await page.getByRole("button", { name: "Split “Brannock” from “Brannock Group”" }).click();
    await page
      .getByRole("status", { name: "Last decision" })
      .getByText("Split “Brannock” from “Brannock Group” again.")
      .waitFor();
    await pairOf("Brannock Group", "Brannock").waitFor();
    expect(await page.getByRole("list", { name: "Merged" }).count()).toBe(0);
    expect(await scalar<number>(stack.driver, "MATCH (e:Entity {id: 'brannock'}) RETURN count(e)")).toBe(1);
  }, 120_000);
});
