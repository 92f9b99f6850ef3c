import { rmSync } from "node:fs";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openExplorerPage, useArticleStack } from "../support/articleStack.ts";
import { chooseNode, waitForDetails } from "../support/explorerPage.ts";
import { writeProvenanceCorpus } from "../support/provenanceCorpus.ts";

const corpus = writeProvenanceCorpus();
const stack = useArticleStack({}, corpus.dirs);
let page: Page;

beforeAll(async () => {
  page = await openExplorerPage(stack);
});

afterAll(() => rmSync(corpus.root, { recursive: true, force: true }));

describe("independent sources in the relationship panel", () => {
  it("counts an AP dispatch and its reprint as one source, the reprint under its original", async () => {
    await chooseNode(page, "Search", "freedonia", "Freedonia");
    await waitForDetails(page, "Freedonia");
    await page
      .getByRole("list", { name: "Relationships" })
      .getByRole("button", { name: "RELEASED_WATER_FROM → Tarvel dam" })
      .first()
      .click();
    await waitForDetails(page, "RELEASED_WATER_FROM");
    await expect
      .poll(() => page.getByRole("tabpanel").innerText())
      .toContain("Stated by 3 articles from 2 independent sources.");
    const sources = page.getByRole("list", { name: "Sources" });
    expect(await sources.getByRole("listitem", { name: "AP" }).innerText()).toMatch(
      /^AP \(2 articles\)\nTarvel dam gates opened Associated Press\nFreedonia opens Tarvel dam gates as rain swells reservoir Daily Site, reprint$/,
    );
    expect(await sources.getByRole("listitem", { name: "The Courier" }).innerText()).toContain("(1 article)");
  });
});
