import type { Page } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";
import { frenchDir, goitaDir } from "../support/articleFixture.ts";
import { openExplorerPage, useArticleStack } from "../support/articleStack.ts";
import { chooseNode, waitForDetails } from "../support/explorerPage.ts";

const SEED_TITLE = "Assimi Goïta’s official visit to Russia and the three agreements of 23 June 2025";
const FRENCH_TITLE = "Le Mali publie les accords de juin avec la Russie";

// The English seed article and a French one that names Mali, Russia, Moscow and Bamako in French.
const stack = useArticleStack({}, [goitaDir, frenchDir]);
let page: Page;

beforeAll(async () => {
  page = await openExplorerPage(stack);
});

describe("one graph across languages", () => {
  it("shows each article's language in the Articles panel", async () => {
    await page.getByRole("tab", { name: "Articles" }).click();
    const list = page.getByRole("list", { name: "Article list" });
    await expect
      .poll(() => list.locator(".article-title").allInnerTexts())
      .toEqual([FRENCH_TITLE, SEED_TITLE]);
    expect(await list.getByRole("listitem", { name: FRENCH_TITLE }).innerText()).toContain("French");
    expect(await list.getByRole("listitem", { name: SEED_TITLE }).innerText()).toContain("English");
  });

  it("finds Moscow by its French name and shows that name with its language", async () => {
    await chooseNode(page, "Search", "Moscou", "Moscow");
    await waitForDetails(page, "Moscow");
    await expect.poll(() => page.getByRole("tabpanel").innerText()).toContain("Moscou (fr)");
    // The two articles name one Moscow: the English "Moscow" and the French "Moscou".
    expect(await page.getByRole("tabpanel").innerText()).toContain("Named by 2 articles");
  });

  it("tells the language of each article on the timeline", async () => {
    const marks = page.getByRole("region", { name: "Timeline" }).locator(".report-lane .article title");
    await expect
      .poll(() => marks.allTextContents())
      .toEqual(
        expect.arrayContaining([
          `${SEED_TITLE} (English), published 2025-06-23`,
          `${FRENCH_TITLE} (French), published 2025-07-12`,
        ]),
      );
  });
});
