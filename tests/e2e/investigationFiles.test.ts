import { cpSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";
import type { StartViewResponse } from "../../graph/contract/explorer.ts";
import type { InvestigationExport } from "../../graph/contract/investigationExport.ts";
import { tempDir } from "../support/addFixtures.ts";
import { apiClient } from "../support/apiClient.ts";
import { GOITA_SLUG, goitaDir } from "../support/articleFixture.ts";
import { openExplorerPage, useArticleStack } from "../support/articleStack.ts";
import { UI_TIMEOUT, chooseNode, waitForDetails, waitForOrder } from "../support/explorerPage.ts";
import { savedViewRequest } from "../support/savedView.ts";

const data = tempDir("investigation-files-e2e");
const articles = join(data, "articles");
mkdirSync(articles);
// Exports read the article folders: this Dossier holds the seed article's.
cpSync(goitaDir, join(articles, GOITA_SLUG), { recursive: true });
const stack = useArticleStack({ articles: { dir: articles, enabled: true } });
const NAME = "Goïta in Moscow";
const SLUG = "goita-in-moscow";
const HOSTILE = `<img src=x onerror="window.__noteRan = 1"> <script>window.__noteRan = 2</script>`;

const status = (page: Page) => page.locator(".investigations-status");
const annotation = JSON.parse(readFileSync(join(goitaDir, "annotation.json"), "utf8")) as {
  relations: { evidence: string[] }[];
};

let nodes: number;

describe("investigations as files", () => {
  let page: Page;
  beforeAll(async () => {
    // Saved as the explorer saves it: the opening view, a Markdown note on Goïta and a hostile one.
    const api = apiClient(stack.server.url);
    const start = await api.get<StartViewResponse>("/api/view/start");
    const request = savedViewRequest(start.body.graph, NAME, (i) => ({ x: i % 5, y: Math.floor(i / 5) }));
    const goita = start.body.graph.nodes.find((n) => n.properties.id === "assimi-goita")!;
    request.notes = [
      { text: "**Checked** against the Kremlin readout.", id: "n1" },
      { text: HOSTILE, id: "n2" },
    ].map((n) => ({
      ...n,
      on: { kind: "node" as const, elementId: goita.id },
      author: "Analyst",
      written: "2026-12-07T10:00:00.000Z",
    }));
    expect((await api.put(`/api/investigations/${SLUG}`, request)).status).toBe(200);
    nodes = request.view.nodes.length;
    page = await openExplorerPage(stack);
  });

  it("exports the brief, which opens offline with no request, shows the quotes and the notes, and runs nothing", async () => {
    await page.getByRole("button", { name: "Investigations" }).click();
    const list = page.getByRole("dialog", { name: "Investigations" });
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      list.getByRole("link", { name: "Export brief" }).click(),
    ]);
    expect(download.suggestedFilename()).toBe(`${SLUG}.brief.html`);
    const file = join(tempDir("brief"), download.suggestedFilename());
    await download.saveAs(file);
    await page.getByRole("button", { name: "Investigations" }).click();

    const context = await stack.browser.browser.newContext({ offline: true });
    const requests: string[] = [];
    context.on("request", (r) => requests.push(r.url()));
    // Anything that tried to leave the file would be refused here, and listed above.
    await context.route("**/*", (route) =>
      route.request().url() === `file://${file}` ? route.continue() : route.abort(),
    );
    const brief = await context.newPage();
    await brief.goto(`file://${file}`);
    await brief.getByRole("heading", { level: 1, name: NAME }).waitFor({ timeout: UI_TIMEOUT });
    for (const relation of annotation.relations.slice(0, 3)) {
      expect(await brief.locator("blockquote", { hasText: relation.evidence[0]! }).count()).toBeGreaterThan(
        0,
      );
    }
    expect(await brief.locator("svg.picture circle").count()).toBe(nodes);
    const notes = brief.locator(".note");
    expect(await notes.count()).toBe(2);
    expect(await notes.first().locator("strong", { hasText: "Checked" }).count()).toBe(1);
    expect(await notes.nth(1).innerText()).toContain('<img src=x onerror="window.__noteRan = 1">');
    expect(await brief.locator("img, script").count()).toBe(0);
    expect(await brief.evaluate(() => (window as { __noteRan?: number }).__noteRan)).toBeUndefined();
    expect(requests).toEqual([`file://${file}`]);
    await context.close();
  });

  it("finds a note by its words in the search, apart from the entities, and opens its investigation with the node selected", async () => {
    await chooseNode(page, "Search", "kremlin readout", `Note on Assimi Goïta in “${NAME}”`);
    await status(page).getByText(`Opened “${NAME}”.`).waitFor();
    await waitForDetails(page, "Assimi Goïta");
    await expect.poll(() => new URL(page.url()).searchParams.get("investigation")).toBe(SLUG);
  });

  it("imports an export dropped on the page, and opens it", async () => {
    const exported = (await (
      await fetch(`${stack.server.url}/api/investigations/${SLUG}/export`)
    ).json()) as InvestigationExport;
    exported.investigation = { ...exported.investigation, slug: "dropped-copy", name: "Dropped copy" };
    const text = JSON.stringify(exported);
    const transfer = await page.evaluateHandle((json) => {
      const dt = new DataTransfer();
      dt.items.add(new File([json], "dropped.investigation.json", { type: "application/json" }));
      return dt;
    }, text);
    await page.dispatchEvent("main, body", "drop", { dataTransfer: transfer });
    await status(page).getByText("Imported: 0 articles added, 1 already here.").waitFor();
    await expect.poll(() => new URL(page.url()).searchParams.get("investigation")).toBe("dropped-copy");
    await waitForOrder(page, nodes);

    // The picker of the list does the same; an export of another version is refused in one sentence.
    const file = join(tempDir("picked"), "old.investigation.json");
    writeFileSync(file, JSON.stringify({ ...exported, version: 0 }));
    await page.getByRole("button", { name: "Investigations" }).click();
    await page
      .getByRole("dialog", { name: "Investigations" })
      .getByLabel("Import investigation…")
      .setInputFiles(file);
    await status(page)
      .getByText(
        /^Request body: field "version" must be 1 \(the investigation export format this Dossier reads\)\.$/,
      )
      .waitFor();
  });
});
