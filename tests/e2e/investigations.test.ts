import { mkdirSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";
import { loadArticles } from "../../graph/loader/load.ts";
import { tempDir } from "../support/addFixtures.ts";
import { goitaDir } from "../support/articleFixture.ts";
import { openExplorerPage, useArticleStack } from "../support/articleStack.ts";
import { clearDatabase, scalar } from "../support/db.ts";
import { UI_TIMEOUT, chooseNode, waitForDetails, waitForOrder } from "../support/explorerPage.ts";

const articles = join(tempDir("investigations-e2e"), "articles");
mkdirSync(articles);
const stack = useArticleStack({ articles: { dir: articles, enabled: true } });
const NAME = "Goïta in Moscow";
const SLUG = "goita-in-moscow";

/** Element id → the entity's stable id, as Neo4j holds them now. */
async function entityIds(): Promise<Map<string, string>> {
  const rows = await scalar<[string, string][]>(
    stack.driver,
    "MATCH (e:Entity) RETURN collect([elementId(e), e.id])",
  );
  return new Map(rows);
}

/** Where each entity on the canvas is, in graph coordinates and on the page, by its stable id. */
async function positions(
  page: Page,
): Promise<Map<string, { graph: { x: number; y: number }; page: { x: number; y: number } }>> {
  // Read where the nodes come to rest: a search that brings a node into view moves the camera for a while.
  await page.waitForFunction(() => window.__dossier?.cameraMoving() === false, null, { timeout: UI_TIMEOUT });
  const ids = await entityIds();
  const found = await page.evaluate(
    (elementIds) => {
      const hook = window.__dossier!;
      return elementIds.flatMap((id) => {
        const graph = hook.graphPosition(id);
        const onPage = hook.pagePosition(id);
        return graph && onPage ? [{ id, graph, page: onPage }] : [];
      });
    },
    [...ids.keys()],
  );
  return new Map(found.map((f) => [ids.get(f.id)!, { graph: f.graph, page: f.page }]));
}

/**
 * The node farthest from where it was saved, in page pixels, once the view has come to rest. The
 * picture is put back in steps (the saved view, then the panels it opens), so this is read until it
 * settles rather than once.
 */
async function farthestFromSaved(page: Page): Promise<string> {
  const now = await positions(page);
  let worst = { key: "none", off: 0 };
  for (const [key, then] of saved) {
    if (key === goneKey) continue;
    const at = now.get(key);
    const off = at ? Math.max(Math.abs(at.page.x - then.page.x), Math.abs(at.page.y - then.page.y)) : Infinity;
    if (off > worst.off) worst = { key, off };
  }
  return worst.off < 1 ? "every node within 1 px" : `${worst.key} ${worst.off.toFixed(2)} px away`;
}

const legendLabel = (page: Page) =>
  page
    .getByRole("group", { name: "Legend" })
    .getByRole("list", { name: "Labels" })
    .getByRole("button")
    .first();
const status = (page: Page) => page.locator(".investigations-status");

let saved: Awaited<ReturnType<typeof positions>>;
let hiddenLabel: string;
let goneKey: string;

describe("investigations", () => {
  let page: Page;
  beforeAll(async () => {
    page = await openExplorerPage(stack);
  });

  it("saves the view: nodes where they are, filters, time filter, selection", async () => {
    // Move a node away from where the layout put it (dragging also pins it).
    const goita = await page.evaluate(() => window.__dossier!.nodeByCaption("Assimi Goïta"));
    const at = await page.evaluate((id) => window.__dossier!.pagePosition(id!), goita);
    await page.mouse.move(at!.x, at!.y);
    await page.mouse.down();
    await page.mouse.move(at!.x + 520, at!.y + 330, { steps: 6 });
    await page.mouse.up();

    hiddenLabel = (await legendLabel(page).getAttribute("aria-label"))!;
    await legendLabel(page).click();
    await expect.poll(() => legendLabel(page).getAttribute("aria-pressed")).toBe("false");
    const timeline = page.getByRole("region", { name: "Timeline" });
    await timeline.getByLabel("From").fill("2025-06-22");
    await chooseNode(page, "Search", "goita", "Assimi Goïta");
    // no wait

    await page.getByRole("button", { name: "Save investigation" }).click();
    const dialog = page.getByRole("dialog", { name: "Save investigation" });
    await dialog.getByLabel("Name").fill(NAME);
    await dialog.getByLabel("Description").fill("What the June visit agreed.");
    await dialog.getByRole("button", { name: "Save", exact: true }).click();
    await status(page).getByText(`Saved “${NAME}” as data/investigations/${SLUG}.json.`).waitFor();
    await expect.poll(() => new URL(page.url()).searchParams.get("investigation")).toBe(SLUG);
    saved = await positions(page);
    expect(saved.size).toBeGreaterThan(5);
  });

  it("reopens it exactly as saved after the graph is loaded afresh and the page reloaded, and says what changed", async () => {
    // A fresh load gives every element a new id; one saved entity is gone, and one relationship is new.
    await clearDatabase(stack.driver);
    await loadArticles(stack.driver, [goitaDir]);
    const keys = [...saved.keys()].filter((k) => k !== "assimi-goita");
    // The entity that goes is one at the edge of the saved picture: its going changes the extent of
    // the positions, which sigma frames the graph by.
    const all = [...saved.values()].map((p) => p.graph);
    const bounds = [Math.min, Math.max].flatMap((f) => [f(...all.map((p) => p.x)), f(...all.map((p) => p.y))]);
    goneKey = keys.find((k) => bounds.includes(saved.get(k)!.graph.x) || bounds.includes(saved.get(k)!.graph.y))!;
    expect(goneKey).toBeDefined();
    const goneName = await scalar<string>(stack.driver, "MATCH (e:Entity {id: $id}) RETURN e.name", {
      id: goneKey,
    });
    await stack.driver.executeQuery("MATCH (e:Entity {id: $id}) DETACH DELETE e", { id: goneKey });
    await stack.driver.executeQuery(
      "MATCH (a:Entity {id: 'assimi-goita'}), (b:Entity {id: $b}) CREATE (a)-[:MET {article: 'a-later-article'}]->(b)",
      { b: keys.find((k) => k !== goneKey) },
    );

    await page.goto(stack.server.url);
    const entities = await scalar<number>(stack.driver, "MATCH (e:Entity) RETURN count(e)");
    await waitForOrder(page, entities);
    await page.getByRole("button", { name: "Investigations" }).click();
    await page.getByRole("dialog", { name: "Investigations" }).getByRole("button", { name: NAME }).click();
    await status(page).getByText(`Opened “${NAME}”.`).waitFor();
    await waitForOrder(page, saved.size - 1);

    await status(page).getByText(`${goneName} is no longer in the graph`).waitFor();
    const now = await positions(page);
    expect([...now.keys()].sort()).toEqual([...saved.keys()].filter((k) => k !== goneKey).sort());
    for (const [key, then] of saved) {
      if (key === goneKey) continue;
      const at = now.get(key)!;
      expect(Math.abs(at.page.x - then.page.x), `${key} x on the page`).toBeLessThan(1);
      expect(Math.abs(at.page.y - then.page.y), `${key} y on the page`).toBeLessThan(1);
      expect(at.graph.x).toBeCloseTo(then.graph.x, 9);
    }
    expect(await legendLabel(page).getAttribute("aria-label")).toBe(hiddenLabel);
    expect(await legendLabel(page).getAttribute("aria-pressed")).toBe("false");
    await expect
      .poll(() => page.getByRole("region", { name: "Timeline" }).getByLabel("From").inputValue())
      .toBe("2025-06-22");
    // no wait

    // What is new is offered, not drawn, until asked for.
    const met = () =>
      page.evaluate(() => window.__dossier!.edges().filter((e) => e.relType === "MET").length);
    expect(await met()).toBe(0);
    await status(page).getByText("1 new relationship since you saved.").waitFor();
    await status(page).getByRole("button", { name: "Add them" }).click();
    await expect.poll(met).toBe(1);
  });

  it("keeps a note on a node, labelled as a note and apart from the evidence, and a note's HTML runs nothing", async () => {
    await chooseNode(page, "Search", "goita", "Assimi Goïta");
    // no wait
    const notes = page.getByRole("tabpanel").getByRole("region", { name: "Notes" });
    const mentions = page.getByRole("tabpanel").getByRole("heading", { name: /^Mentions \(\d+\)$/ });
    const mentionsBefore = await mentions.innerText();
    await notes.getByLabel("New note (Markdown)").fill("**Checked** against the Kremlin readout.");
    await notes.getByLabel("Author").fill("Analyst");
    await notes.getByRole("button", { name: "Add note" }).click();
    const note = notes.getByRole("article", { name: "Note by Analyst" });
    await note.locator("strong", { hasText: "Checked" }).waitFor();
    await expect.poll(() => note.locator(".note-badge").innerText()).toBe("Note");
    // The evidence is listed apart from the notes, and a note does not count as evidence.
    expect(await page.getByRole("tabpanel").getByText("against the Kremlin readout").count()).toBe(1);
    expect(await notes.getByText("against the Kremlin readout").count()).toBe(1);
    expect(await mentions.innerText()).toBe(mentionsBefore);

    const hostile = `<img src=x onerror="window.__noteRan = 1"> <script>window.__noteRan = 2</script>`;
    await notes.getByLabel("New note (Markdown)").fill(hostile);
    await notes.getByRole("button", { name: "Add note" }).click();
    await expect.poll(() => notes.getByRole("article", { name: "Note by Analyst" }).count()).toBe(2);
    const second = notes.getByRole("article", { name: "Note by Analyst" }).nth(1);
    await expect.poll(() => second.innerText()).toContain('<img src=x onerror="window.__noteRan = 1">');
    expect(await second.locator("img, script").count()).toBe(0);
    expect(await page.evaluate(() => (window as { __noteRan?: number }).__noteRan)).toBeUndefined();
  });

  it("opens from the address ?investigation=<slug>, with its notes; a save over a newer one shows both versions", async () => {
    const other = await stack.browser.browser.newPage({ viewport: { width: 1440, height: 900 } });
    other.setDefaultTimeout(UI_TIMEOUT);
    await other.goto(`${stack.server.url}/?investigation=${SLUG}`);
    await status(other).getByText(`Opened “${NAME}”.`).waitFor();
    await waitForOrder(other, saved.size - 1);
    await expect.poll(() => farthestFromSaved(other), { timeout: UI_TIMEOUT }).toBe("every node within 1 px");
    // The notes were saved with it, on their node, and still run nothing.
    await waitForDetails(other, "Assimi Goïta");
    const notes = other.getByRole("tabpanel").getByRole("region", { name: "Notes" });
    await expect.poll(() => notes.getByRole("article", { name: "Note by Analyst" }).count()).toBe(2);
    await notes.locator("strong", { hasText: "Checked" }).waitFor();
    expect(await notes.locator("img, script").count()).toBe(0);
    expect(await other.evaluate(() => (window as { __noteRan?: number }).__noteRan)).toBeUndefined();
    // `DOSSIER_SCREENSHOTS=docs npx vitest run tests/e2e/investigations.test.ts` writes the README's picture.
    if (process.env.DOSSIER_SCREENSHOTS) {
      await other.screenshot({ path: join(process.env.DOSSIER_SCREENSHOTS, "investigations.png") });
    }

    // The first page saves a third note; this one, opened before, then saves over it: refused, both shown.
    const first = page.getByRole("tabpanel").getByRole("region", { name: "Notes" });
    await first.getByLabel("New note (Markdown)").fill("A third note.");
    await first.getByRole("button", { name: "Add note" }).click();
    await expect.poll(() => first.getByRole("article", { name: "Note by Analyst" }).count()).toBe(3);
    await other.getByRole("button", { name: "Save investigation" }).click();
    await other
      .getByRole("dialog", { name: "Save investigation" })
      .getByRole("button", { name: `Save “${NAME}”` })
      .click();
    const conflict = status(other).locator(".investigations-conflict");
    await conflict
      .getByText(
        /was saved elsewhere since revision [0-9a-f]{16} \(it is now at [0-9a-f]{16}\); nothing was saved\./,
      )
      .waitFor();
    expect(await conflict.locator("dd").allInnerTexts()).toEqual([
      expect.stringMatching(new RegExp(`^“${NAME}”, .*, ${saved.size - 1} nodes, 3 notes$`)),
      `“${NAME}”, ${saved.size - 1} nodes, 2 notes`,
    ]);
    await conflict.getByRole("button", { name: "Save mine over it" }).click();
    await status(other).getByText(`Saved “${NAME}” as data/investigations/${SLUG}.json.`).waitFor();
    await other.close();
  });
});
