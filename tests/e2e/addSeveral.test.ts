import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { draftSchema } from "../../graph/model/draft.ts";
import { type PageServer, listTree, servePages, tempDir } from "../support/addFixtures.ts";
import { useArticleStack } from "../support/articleStack.ts";
import { UI_TIMEOUT } from "../support/explorerPage.ts";

const FIXTURES = join(import.meta.dirname, "..", "fixtures", "batch");
const fixture = (name: string) => readFileSync(join(FIXTURES, name), "utf8");
// The suggestion engine shares two cores with everything else: wait for outcomes generously, time nothing.
const ADD_TIMEOUT = Math.max(UI_TIMEOUT, 600_000);

const articles = tempDir("ui-batch-articles");
const stack = useArticleStack({
  articles: { dir: articles, enabled: true },
  nlpUrl: async () => inject("nlpUrl"),
});
let pages: PageServer;
beforeAll(async () => {
  pages = await servePages({
    "/rail.md": { type: "text/markdown; charset=utf-8", body: fixture("rail-strike.md") },
  });
});
afterAll(() => pages.close());

describe("the Add article dialog with several articles", () => {
  it(
    "adds several picked files and pasted links, showing each one's outcome as it comes",
    async () => {
      const page = await stack.browser.browser.newPage({ viewport: { width: 1200, height: 900 } });
      page.setDefaultTimeout(UI_TIMEOUT);
      await page.goto(stack.server.url);
      await page.getByRole("button", { name: "Add article" }).click();
      const dialog = page.getByRole("dialog", { name: "Add article" });
      await dialog.waitFor();

      const inputs = tempDir("ui-batch-inputs");
      const files = ["grain-terminal.txt", "clinic.html"].map((name) => {
        writeFileSync(join(inputs, name), fixture(name));
        return join(inputs, name);
      });
      const scan = join(inputs, "scan.txt");
      writeFileSync(scan, Buffer.from([0x25, 0x50, 0x44, 0x46, 0, 1, 2, 3]));
      await dialog.getByLabel("Files").setInputFiles([...files, scan]);
      const gone = `${pages.url}/gone.html`;
      await dialog.getByLabel("Links").fill(`# two more\n${pages.url}/rail.md\n\n${gone}\n`);
      // Several articles: the text box is off, and so are the fields that describe one article.
      await expect.poll(() => dialog.getByLabel("Text").isDisabled()).toBe(true);
      await expect.poll(() => dialog.getByLabel("Title").isDisabled()).toBe(true);
      await expect.poll(() => dialog.getByLabel("Publisher").isDisabled()).toBe(false);
      await dialog.getByRole("button", { name: "Add", exact: true }).click();

      const outcomes = dialog.getByRole("list", { name: "Outcomes" }).getByRole("listitem");
      await expect
        .poll(() => dialog.getByText("5 of 5 done").isVisible(), { timeout: ADD_TIMEOUT })
        .toBe(true);
      const rows = await outcomes.allTextContents();
      expect(rows).toHaveLength(5);
      expect(rows[0]).toMatch(
        /^grain-terminal\.txt: Added undated-\S+ with \d+ suggestions? \(\d+ entities, \d+ relations\)\. Review the draft No publication date was found; the article is marked date unknown\. Set it in the Annotate view\. Not given, so language "en" detected from the text\.$/,
      );
      expect(rows[1]).toMatch(/^clinic\.html: Added 2024-05-02-new-clinic-for-varda-island with /);
      expect(rows[2]).toBe(
        "scan.txt: scan.txt looks like a binary file (a NUL byte at byte offset 4), not text.",
      );
      expect(rows[3]).toMatch(
        new RegExp(`^${pages.url}/rail\\.md: Added \\S+-rail-workers-in-lund-end-their-strike with `),
      );
      expect(rows[4]).toBe(`${gone}: ${gone} answered HTTP 404 Not Found, not a page.`);
      await expect.poll(() => dialog.getByRole("link", { name: "Review the draft" }).count()).toBe(3);

      // On disk: the three added, each with the real engine's draft; nothing for the two refused.
      const slugs = listTree(articles).filter((p) => !p.includes("/") && !p.startsWith("."));
      expect(slugs).toHaveLength(3);
      const texts = slugs.map((slug) => readFileSync(join(articles, slug, "article.txt"), "utf8"));
      expect(texts).toContain(fixture("grain-terminal.txt"));
      for (const slug of slugs) {
        const draft = draftSchema.parse(JSON.parse(readFileSync(join(articles, slug, "draft.json"), "utf8")));
        expect(draft.engines).toContain("corenlp");
      }
      await page.close();
    },
    ADD_TIMEOUT + 120_000,
  );
});
