import { readFileSync, writeFileSync } from "node:fs";
import { basename, join } from "node:path";
import { describe, expect, it } from "vitest";
import { draftSchema } from "../../graph/model/draft.ts";
import { textHash } from "../../graph/corpus/textHash.ts";
import {
  FERRY_MARKDOWN,
  FERRY_TEXT,
  HARBOUR_TEXT,
  addedFolderFiles,
  listTree,
  tempDir,
} from "../support/addFixtures.ts";
import { useArticleStack } from "../support/articleStack.ts";
import { UI_TIMEOUT } from "../support/explorerPage.ts";

const articles = tempDir("ui-articles");
const stack = useArticleStack({ articles: { dir: articles, enabled: true } });

describe("the Add article dialog", () => {
  it("adds a pasted text and a picked file, shows the slug and the suggestion count, and the refusal sentence", async () => {
    const page = await stack.browser.browser.newPage({ viewport: { width: 1200, height: 800 } });
    page.setDefaultTimeout(UI_TIMEOUT);
    await page.goto(stack.server.url);
    await page.getByRole("button", { name: "Add article" }).click();
    const dialog = page.getByRole("dialog", { name: "Add article" });
    await dialog.waitFor();

    await dialog.getByLabel("Text").fill(HARBOUR_TEXT);
    await dialog.getByLabel("Title").fill("Port Elsa signs a harbour deal");
    await dialog.getByLabel("Publisher").fill("Coast Weekly");
    await dialog.getByLabel("Published").fill("2024-03-05");
    await dialog.getByLabel("Source URL").fill("https://coast.example/harbour");
    await dialog.getByLabel("Language").fill("en");
    await dialog.getByRole("button", { name: "Add", exact: true }).click();

    const slug = "2024-03-05-port-elsa-signs-a-harbour-deal";
    await expect
      .poll(() => dialog.getByRole("status").textContent(), { timeout: UI_TIMEOUT })
      .toMatch(new RegExp(`^Added ${slug} with \\d+ suggestions? \\(\\d+ entities, \\d+ relations\\)\\.$`));
    const dir = join(articles, slug);
    expect(listTree(dir)).toEqual(addedFolderFiles("original.txt"));
    expect(readFileSync(join(dir, "article.txt"), "utf8")).toBe(HARBOUR_TEXT);
    const draft = draftSchema.parse(JSON.parse(readFileSync(join(dir, "draft.json"), "utf8")));
    expect(draft.textHash).toBe(textHash(HARBOUR_TEXT));
    const count = draft.entities.length + draft.relations.length;
    expect(await dialog.getByRole("status").textContent()).toContain(`with ${count} suggestion`);
    expect(JSON.parse(readFileSync(join(dir, "meta.json"), "utf8"))).toMatchObject({
      title: "Port Elsa signs a harbour deal",
      publisher: "Coast Weekly",
      published: { date: "2024-03-05" },
    });

    // The same text again: the sentence from the server, nothing new on disk.
    const before = listTree(articles);
    await dialog.getByLabel("Text").fill(HARBOUR_TEXT);
    await dialog.getByRole("button", { name: "Add", exact: true }).click();
    await expect
      .poll(() => dialog.getByRole("alert").textContent(), { timeout: UI_TIMEOUT })
      .toBe(`The same text is already in ${basename(articles)}/${slug}, so it was not added again.`);
    expect(listTree(articles)).toEqual(before);

    // A Markdown file picked from disk.
    const file = join(tempDir("ui-inputs"), "ferry.md");
    writeFileSync(file, FERRY_MARKDOWN);
    await dialog.getByLabel("File").setInputFiles(file);
    await expect.poll(() => dialog.getByLabel("Text").isDisabled()).toBe(true);
    await dialog.getByLabel("Published").fill("2024-04-12");
    await dialog.getByRole("button", { name: "Add", exact: true }).click();
    await expect
      .poll(() => dialog.getByRole("status").textContent(), { timeout: UI_TIMEOUT })
      .toMatch(/^Added 2024-04-12-ferry-line-to-lund-reopens with /);
    expect(readFileSync(join(articles, "2024-04-12-ferry-line-to-lund-reopens", "article.txt"), "utf8")).toBe(
      FERRY_TEXT,
    );

    await dialog.getByRole("button", { name: "Close" }).click();
    await expect.poll(() => dialog.isVisible()).toBe(false);
    await page.close();
  });
});
