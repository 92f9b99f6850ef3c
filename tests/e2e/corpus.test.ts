import type { Page } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";
import { goitaDir, laterDir } from "../support/articleFixture.ts";
import { useArticleStack } from "../support/articleStack.ts";
import { scalar } from "../support/db.ts";
import { chooseNode, UI_TIMEOUT, waitForDetails, waitForOrder } from "../support/explorerPage.ts";

const SEED_TITLE = "Assimi Goïta’s official visit to Russia and the three agreements of 23 June 2025";
const LATER_TITLE = "Mali ratifies the June agreements with Russia";

const stack = useArticleStack({}, [goitaDir, laterDir]);
let page: Page;
let entities: number;

beforeAll(async () => {
  entities = await scalar<number>(stack.driver, "MATCH (e:Entity) RETURN count(e)");
  page = await stack.browser.browser.newPage({ viewport: { width: 1440, height: 900 } });
  page.setDefaultTimeout(UI_TIMEOUT);
  await page.goto(stack.server.url);
  await waitForOrder(page, entities);
});

describe("the articles as a corpus", () => {
  it("lists both articles, newest first, with their counts, and searches their titles", async () => {
    await page.getByRole("tab", { name: "Articles" }).click();
    const list = page.getByRole("list", { name: "Article list" });
    await expect
      .poll(() => list.locator(".article-title").allInnerTexts())
      .toEqual([LATER_TITLE, SEED_TITLE]);
    const later = list.getByRole("listitem", { name: LATER_TITLE });
    expect(await later.innerText()).toContain("10 July 2025");
    expect(await later.innerText()).toContain("4 entities, 2 relationships");

    await page.getByRole("searchbox", { name: "Search article titles" }).fill("ratifies");
    await expect.poll(() => list.locator(".article-title").allInnerTexts()).toEqual([LATER_TITLE]);
    await page.getByRole("searchbox", { name: "Search article titles" }).fill("");

    await later.getByRole("button", { name: LATER_TITLE }).click();
    await page.locator(".reader").getByRole("heading", { name: LATER_TITLE }).waitFor();
  });

  it("groups Mali's mentions by article, newest first", async () => {
    await chooseNode(page, "Search", "mali", "Mali");
    await waitForDetails(page, "Mali");
    const mentions = page.getByRole("list", { name: "Mentions" });
    await expect
      .poll(() => mentions.locator(".source-group h4").allInnerTexts())
      .toEqual([`${LATER_TITLE} (10 July 2025)`, `${SEED_TITLE} (23 June 2025)`]);
    expect(await page.getByRole("tabpanel").innerText()).toContain("Named by 2 articles");
  });

  it("shows the quotes of both articles that state the same relationship", async () => {
    await page
      .getByRole("list", { name: "Relationships" })
      .getByRole("button", { name: "PARTNER_OF → Russia" })
      .first()
      .click();
    await waitForDetails(page, "PARTNER_OF");
    const evidence = page.getByRole("list", { name: "Evidence" });
    await expect
      .poll(() => evidence.locator("mark").allInnerTexts())
      .toEqual(
        expect.arrayContaining([
          "described Russia as a strategic partner of Mali",
          "This legal instrument aims to provide a lasting foundation for the strategic partnership between Mali and Russia.",
          "President Goïta expressed Mali’s desire to strengthen its ties with Russia “with respect for sovereignty and in the interests of its peoples.”",
        ]),
      );
    expect(await evidence.locator(".source-group").count()).toBe(2);
    expect(await page.getByRole("tabpanel").innerText()).toContain("Stated by 2 articles.");
  });

  it("shows one article's graph and what it adds to the earlier one", async () => {
    await page.getByRole("tab", { name: "Articles" }).click();
    const later = page
      .getByRole("list", { name: "Article list" })
      .getByRole("listitem", { name: LATER_TITLE });
    await later.getByRole("button", { name: "Show this article’s graph" }).click();
    await waitForOrder(page, 4);
    await later.getByRole("button", { name: "What does this add?" }).click();
    await expect
      .poll(() => page.getByRole("tabpanel").getByRole("status").innerText())
      .toBe("New in this article: 1 entity of 4 and 1 relationship of 2 (highlighted).");
    // The same view again is no new step: one undo goes back to the whole graph.
    await page.getByRole("button", { name: "Undo" }).click();
    await waitForOrder(page, entities);
  });
});
