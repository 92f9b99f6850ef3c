import type { Page } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";
import { openExplorerPage, useArticleStack } from "../support/articleStack.ts";
import { scalar } from "../support/db.ts";
import { brushAcross, waitForOrder } from "../support/explorerPage.ts";

const stack = useArticleStack();
let page: Page;
let entities: number;

const timeline = () => page.getByRole("region", { name: "Timeline" });
/** The years the lanes' axis writes under its ticks (d3 writes a year at each year's first tick). */
const tickYears = async () =>
  (await timeline().locator(".axis .tick text").allTextContents())
    .filter((t) => /^\d{4}$/.test(t))
    .map(Number);
const frameParam = () => new URL(page.url()).searchParams.get("frame");

beforeAll(async () => {
  entities = await scalar<number>(stack.driver, "MATCH (e:Entity) RETURN count(e)");
  page = await openExplorerPage(stack);
});

describe("the timeline's frame", () => {
  it("frames the seed's dated items (after 2000), with the span since 1960 running off the left edge", async () => {
    await expect.poll(async () => (await tickYears()).length).toBeGreaterThan(0);
    expect(Math.min(...(await tickYears()))).toBeGreaterThan(2000);
    await expect.poll(() => timeline().getByText("‹ since 1960").isVisible()).toBe(true);
    // The opening frame is worked out from what is on screen, so the address does not hold it.
    expect(frameParam()).toBeNull();
  });

  it("moves the frame by brushing the overview, and keeps it through a reload", async () => {
    // The overview spans about 1957-2028: a fifth to two fifths of it is the 1970s and early 1980s.
    await brushAcross(page, timeline().locator(".frame-brush .overlay"), 0.2, 0.4);
    await expect.poll(frameParam).toMatch(/^19[67]\d-\d{2}-\d{2}\.\.19[89]\d-\d{2}-\d{2}$/);
    await expect.poll(async () => Math.max(...(await tickYears()))).toBeLessThan(2000);
    const [framed, years] = [frameParam(), await tickYears()];

    await page.reload();
    await waitForOrder(page, entities);
    await expect.poll(tickYears).toEqual(years);
    expect(frameParam()).toBe(framed);
  });

  it("shows the whole range on Whole range, 1960 included", async () => {
    await timeline().getByRole("button", { name: "Whole range" }).click();
    await expect.poll(async () => Math.min(...(await tickYears()))).toBeLessThanOrEqual(1960);
    expect(Math.max(...(await tickYears()))).toBeGreaterThanOrEqual(2020);
    await expect.poll(() => timeline().getByRole("button", { name: "Whole range" }).isDisabled()).toBe(true);
    await expect.poll(frameParam).toMatch(/^195\d-\d{2}-\d{2}\.\.20[23]\d-\d{2}-\d{2}$/);
  });

  it("opens on the dated items, with a notice, when the link's frame does not parse", async () => {
    await page.goto(`${stack.server.url}/?frame=2023..2025`);
    await waitForOrder(page, entities);
    await expect
      .poll(() => timeline().getByRole("alert").innerText())
      .toContain('frame="2023..2025" is not two dates of the form YYYY-MM-DD..YYYY-MM-DD');
    await expect.poll(async () => (await tickYears()).length).toBeGreaterThan(0);
    expect(Math.min(...(await tickYears()))).toBeGreaterThan(2000);
  });
});
