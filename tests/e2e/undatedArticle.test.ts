import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { DATE_UNKNOWN_NOTE } from "../../graph/model/publishedDate.ts";
import { tempDir } from "../support/addFixtures.ts";
import { addPastedText, publishReviewed } from "../support/annotatePage.ts";
import { useArticleStack } from "../support/articleStack.ts";
import { UI_TIMEOUT } from "../support/explorerPage.ts";

const articles = tempDir("ui-undated");
const stack = useArticleStack({ articles: { dir: articles, enabled: true } });

const TITLE = "Ferry line to Lund reopens";
const SLUG = "undated-ferry-line-to-lund-reopens";
const SEED_TITLE = "Assimi Goïta’s official visit to Russia and the three agreements of 23 June 2025";

describe("an article whose publication date was not found", () => {
  it("is added as date unknown, dated in the Annotate view, and listed with its date once published", async () => {
    const page = await stack.browser.browser.newPage({ viewport: { width: 1400, height: 900 } });
    page.setDefaultTimeout(UI_TIMEOUT);
    const dialog = await addPastedText(
      page,
      stack.server.url,
      `${TITLE}\n\nThe ferry between Malmo and Lund reopened, the operator said.\n`,
      SLUG,
    );
    expect(await dialog.getByRole("list", { name: "Outcomes" }).innerText()).toContain(DATE_UNKNOWN_NOTE);

    await dialog.getByRole("link", { name: "Review the draft" }).click();
    await page.getByRole("heading", { name: TITLE, level: 2 }).waitFor();
    const date = page.getByRole("group", { name: "Publication date" });
    expect(await date.innerText()).toMatch(/^Unknown publisher, date unknown /);

    await date.getByLabel("Published on").fill("2026-01-15");
    await date.getByRole("button", { name: "Set date" }).click();
    await expect.poll(() => date.innerText()).toMatch(/^Unknown publisher, 2026-01-15 /);
    await publishReviewed(page);
    expect(JSON.parse(readFileSync(join(articles, SLUG, "meta.json"), "utf8"))).toMatchObject({
      published: { date: "2026-01-15" },
    });

    await page.goto(stack.server.url);
    await page.getByRole("tab", { name: "Articles" }).click();
    const list = page.getByRole("list", { name: "Article list" });
    await expect.poll(() => list.locator(".article-title").allInnerTexts()).toEqual([TITLE, SEED_TITLE]);
    expect(await list.getByRole("listitem", { name: TITLE }).innerText()).toContain("15 January 2026");
    await page.close();
  }, 180_000);
});
