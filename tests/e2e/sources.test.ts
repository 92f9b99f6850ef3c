import { readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openExplorerPage, useArticleStack } from "../support/articleStack.ts";
import { chooseNode, UI_TIMEOUT, waitForDetails } from "../support/explorerPage.ts";
import { PROVENANCE_SLUGS, writeProvenanceCorpus } from "../support/provenanceCorpus.ts";

const corpus = writeProvenanceCorpus();
const stack = useArticleStack({ articles: { dir: corpus.root, enabled: true } }, corpus.dirs);
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

  it("takes a reviewer's 'Not a reprint' from the Annotate view: the copy becomes a source of its own", async () => {
    await page.goto(`${stack.server.url}/?annotate=${PROVENANCE_SLUGS.site}`);
    const panel = page.getByRole("region", { name: "Provenance" });
    await expect
      .poll(() => panel.innerText(), { timeout: UI_TIMEOUT })
      .toContain(`Reprint of ${PROVENANCE_SLUGS.ap}`);
    await panel.getByRole("button", { name: "Not a reprint" }).click();
    // Saved, then the article loaded again into the graph: on a busy machine that takes a few seconds.
    await expect
      .poll(() => panel.innerText(), { timeout: UI_TIMEOUT })
      .toContain("Not a reprint; credited to no agency.");
    const file = join(corpus.root, PROVENANCE_SLUGS.site, "provenance.json");
    expect(JSON.parse(readFileSync(file, "utf8"))).toMatchObject({
      reprintOf: PROVENANCE_SLUGS.ap,
      decision: { notReprint: true },
    });

    const answer = await fetch(`${stack.server.url}/api/articles/${PROVENANCE_SLUGS.site}`);
    expect(((await answer.json()) as { provenance: unknown }).provenance).toEqual({
      wire: null,
      reprintOf: null,
      shared: null,
    });
  });
});
