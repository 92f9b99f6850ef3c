import { join } from "node:path";
import type { Page } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";
import { useArticleStack } from "../support/articleStack.ts";
import { scalar } from "../support/db.ts";
import { brushAcross, UI_TIMEOUT, waitForOrder } from "../support/explorerPage.ts";

const stack = useArticleStack();
let page: Page;
let entities: number;
let kept: string[];
let meeting: string;
let frenchMissions: string;
let frenchMissionsInMali: string;

const drawn = (id: string) => page.evaluate((i) => window.__dossier!.isDrawn(i), id);
const edgesDrawn = (ids: string[]) =>
  page.evaluate((list) => list.map((i) => window.__dossier!.isEdgeDrawn(i)), ids);
const timeline = () => page.getByRole("region", { name: "Timeline" });

beforeAll(async () => {
  const ask = (query: string) => scalar<string>(stack.driver, query);
  entities = await scalar<number>(stack.driver, "MATCH (e:Entity) RETURN count(e)");
  // The signatures, and the agreements signed during the visit.
  kept = await scalar<string[]>(
    stack.driver,
    "MATCH (:Agreement)-[r]-() WHERE type(r) IN ['SIGNED', 'TOOK_PLACE_IN'] RETURN collect(elementId(r))",
  );
  meeting = await ask("MATCH (e:Entity {id: 'goita-putin-kremlin-meeting'}) RETURN elementId(e)");
  frenchMissions = await ask("MATCH (e:Entity {id: 'french-missions'}) RETURN elementId(e)");
  frenchMissionsInMali = await ask(
    "MATCH (:Entity {id: 'french-missions'})-[r:OPERATES_IN]->() RETURN elementId(r)",
  );
  page = await stack.browser.browser.newPage({ viewport: { width: 1440, height: 900 } });
  page.setDefaultTimeout(UI_TIMEOUT);
});

describe("the timeline and the time filter", () => {
  it("keeps what happened on 22–23 June 2025 and hides the French missions", async () => {
    await page.goto(stack.server.url);
    await waitForOrder(page, entities);
    // The signatures, the meeting and the French missions are drawn on the event lane.
    await expect.poll(() => timeline().locator(".event-lane .item").count()).toBeGreaterThan(10);
    expect(await timeline().locator(`.item[data-id="${frenchMissions}"]`).count()).toBe(1);
    // The articles are asked for once the opening view is in.
    await expect.poll(() => timeline().locator(".report-lane .article.in-view").count()).toBe(1);

    await timeline().getByLabel("From").fill("2025-06-22");
    await timeline().getByLabel("To").fill("2025-06-23");
    await expect.poll(() => drawn(frenchMissions)).toBe(false);
    expect(kept).toHaveLength(10);
    expect(await edgesDrawn(kept)).toEqual(kept.map(() => true));
    expect(await drawn(meeting)).toBe(true);
    expect(await edgesDrawn([frenchMissionsInMali])).toEqual([false]);
    // `DOSSIER_SCREENSHOTS=docs npx vitest run tests/e2e/timeline.test.ts` writes the README's picture.
    if (process.env.DOSSIER_SCREENSHOTS) {
      await page.getByRole("button", { name: "Fit" }).click();
      await page.screenshot({ path: join(process.env.DOSSIER_SCREENSHOTS, "timeline.png") });
    }
    const url = new URL(page.url());
    expect([url.searchParams.get("from"), url.searchParams.get("to")]).toEqual(["2025-06-22", "2025-06-23"]);
  });

  it("restores the filter from the URL after a reload", async () => {
    await page.reload();
    await waitForOrder(page, entities);
    expect(await timeline().getByLabel("From").inputValue()).toBe("2025-06-22");
    await expect.poll(() => drawn(frenchMissions)).toBe(false);
    expect(await drawn(meeting)).toBe(true);
  });

  it("empties the view as reported by a day before the article, and undoes that", async () => {
    await timeline().getByLabel("As reported by").fill("2025-06-22");
    await expect
      .poll(() => timeline().locator(".timeline-summary").innerText())
      .toMatch(/^Showing 0 of \d+ nodes and 0 of \d+ relationships\.$/);
    await expect.poll(() => drawn(meeting)).toBe(false);
    await page.getByRole("button", { name: "Undo" }).click();
    await expect.poll(() => drawn(meeting)).toBe(true);
    expect(await timeline().getByLabel("As reported by").inputValue()).toBe("");
    expect(await drawn(frenchMissions)).toBe(false);
  });

  it("sets the range by brushing the event lane, and the graph keeps its size", async () => {
    const canvas = () =>
      page.evaluate(() => window.__dossier!.drawnLabels()).then(({ width, height }) => ({ width, height }));
    await timeline().getByRole("button", { name: "Clear" }).click();
    await expect.poll(() => drawn(frenchMissions)).toBe(true);
    const before = await canvas();
    await brushAcross(page, timeline().locator(".brush .overlay"), 0.93, 0.99);
    await expect.poll(() => timeline().getByLabel("From").inputValue()).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(await timeline().getByLabel("To").inputValue()).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    // The French missions ended in August 2022, left of the brushed stretch (2023 onwards).
    await expect.poll(() => drawn(frenchMissions)).toBe(false);
    // The summary's longer sentence stays on its line: the canvas is not resized (and redrawn whole).
    await expect.poll(() => timeline().locator(".timeline-summary").innerText()).toMatch(/^Showing /);
    expect(await canvas()).toEqual(before);
  });

  it("plays the range forward a step at a time, records only where it stops, and undoes that", async () => {
    await timeline().getByRole("button", { name: "Clear" }).click();
    await timeline().getByLabel("From").fill("2025-06-22");
    await timeline().getByLabel("To").fill("2025-06-23");
    await expect.poll(() => drawn(meeting)).toBe(true);
    await timeline().getByRole("button", { name: "Play" }).click();
    // Each step moves the two-day range on by its own width; the meeting (23 June) falls behind.
    await expect.poll(() => timeline().getByLabel("From").inputValue()).not.toBe("2025-06-22");
    expect(await timeline().getByLabel("From").inputValue()).toMatch(/^2025-0[67]-\d{2}$/);
    await expect.poll(() => drawn(meeting)).toBe(false);
    // The steps are shown, not recorded: the address still holds the range played from.
    expect(new URL(page.url()).searchParams.get("from")).toBe("2025-06-22");
    await timeline().getByRole("button", { name: "Stop" }).click();
    const stoppedAt = await timeline().getByLabel("From").inputValue();
    expect(stoppedAt > "2025-06-23").toBe(true);
    await expect.poll(() => new URL(page.url()).searchParams.get("from")).toBe(stoppedAt);
    expect(await timeline().getByRole("button", { name: "Play" }).isVisible()).toBe(true);
    await page.getByRole("button", { name: "Undo" }).click();
    await expect.poll(() => timeline().getByLabel("From").inputValue()).toBe("2025-06-22");
    await expect.poll(() => drawn(meeting)).toBe(true);
  });

  it("opens without a filter, with a notice, when the link's dates do not parse", async () => {
    await page.goto(`${stack.server.url}/?from=2025-13-45&to=2025-06-23`);
    await waitForOrder(page, entities);
    await expect
      .poll(() => timeline().getByRole("alert").innerText())
      .toContain('from="2025-13-45" is not a date');
    expect(await drawn(frenchMissions)).toBe(true);
    expect(await timeline().getByLabel("To").inputValue()).toBe("");
  });
});
