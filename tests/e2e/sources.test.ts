import { readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openExplorerPage, useArticleStack } from "../support/articleStack.ts";
import { chooseNode, UI_TIMEOUT, waitForDetails } from "../support/explorerPage.ts";
import { download } from "../support/exportDownload.ts";
import { PROVENANCE_SLUGS, writeProvenanceCorpus } from "../support/provenanceCorpus.ts";

const corpus = writeProvenanceCorpus();
const stack = useArticleStack({ articles: { dir: corpus.root, enabled: true } }, corpus.dirs);
let page: Page;

beforeAll(async () => {
  page = await openExplorerPage(stack);
});

afterAll(() => rmSync(corpus.root, { recursive: true, force: true }));

describe("independent sources in the relationship panel, the Articles panel, the legend and the exports", () => {
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

  it("lists the reprint under its original in the Articles panel, the agency beside the credited dispatch", async () => {
    await page.getByRole("tab", { name: "Articles" }).click();
    const list = page.getByRole("list", { name: "Article list" });
    await list.getByRole("listitem").first().waitFor({ timeout: UI_TIMEOUT });
    const rows = await list
      .getByRole("listitem")
      .evaluateAll((items) =>
        items.map((li) => ({ title: li.getAttribute("aria-label"), text: (li as HTMLElement).innerText })),
      );
    expect(rows.map((r) => r.title)).toEqual([
      "Rain forces Freedonia to release water from its largest dam",
      "Tarvel dam gates opened",
      "Freedonia opens Tarvel dam gates as rain swells reservoir",
    ]);
    expect(rows[1]!.text.split("\n")).toContain("AP");
    expect(rows[2]!.text).toMatch(/\nreprint, \d+% shared\n/);
    expect(rows[0]!.text).not.toMatch(/reprint|\nAP\n/);
    // Indented under the original: the reprint's title starts to the right of the original's.
    const left = (title: string) =>
      list
        .getByRole("listitem", { name: title })
        .getByRole("button", { name: title })
        .evaluate((b) => b.getBoundingClientRect().left);
    expect(await left("Freedonia opens Tarvel dam gates as rain swells reservoir")).toBeGreaterThan(
      await left("Tarvel dam gates opened"),
    );
  });

  it("hides a fact of one independent source at 'at least 2' and keeps the one of two; the JSON export counts them", async () => {
    await chooseNode(page, "Search", "freedonia", "Freedonia");
    await page.getByRole("tab", { name: "Details" }).click();
    await waitForDetails(page, "Freedonia");
    await page.getByRole("tabpanel").getByRole("button", { name: "Expand", exact: true }).click();
    await page.waitForFunction(
      () =>
        window.__dossier?.edges().some((e) => e.relType === "RELEASED_WATER_FROM") &&
        window.__dossier.edges().some((e) => e.relType === "MANAGES"),
      null,
      { timeout: UI_TIMEOUT },
    );
    const drawn = () =>
      page.evaluate(() =>
        window
          .__dossier!.edges()
          .filter((e) => window.__dossier!.isEdgeDrawn(e.id))
          .map((e) => e.relType)
          .sort(),
      );
    // Three articles state that Freedonia released water: one edge, wider than the fact of one source.
    expect(await drawn()).toEqual(["MANAGES", "RELEASED_WATER_FROM"]);
    const widths = await page.evaluate(() =>
      Object.fromEntries(window.__dossier!.edges().map((e) => [e.relType, e.size])),
    );
    expect(widths.RELEASED_WATER_FROM).toBeGreaterThan(widths.MANAGES!);

    const legend = page.getByRole("group", { name: "Legend" });
    expect(await legend.innerText()).toContain("Only facts stated by at least");
    expect(await legend.getByLabel("Edge width").innerText()).toContain(
      "width is the number of independent sources",
    );
    await legend.getByLabel("Minimum independent sources").selectOption("2");
    await expect.poll(drawn, { timeout: UI_TIMEOUT }).toEqual(["RELEASED_WATER_FROM"]);
    await expect.poll(() => new URL(page.url()).searchParams.get("sources")).toBe("2");

    const exported = JSON.parse((await download(page, "json")).toString("utf8")) as {
      edges: { attributes: { relType: string; properties: Record<string, unknown> } }[];
    };
    expect(
      exported.edges.map((e) => [
        e.attributes.relType,
        e.attributes.properties.sources,
        e.attributes.properties.articles,
      ]),
    ).toEqual(Array(3).fill(["RELEASED_WATER_FROM", 2, 3]));

    await legend.getByLabel("Minimum independent sources").selectOption("3");
    await expect.poll(drawn, { timeout: UI_TIMEOUT }).toEqual([]);
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
