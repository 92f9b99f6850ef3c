import { join } from "node:path";
import { DOMParser } from "@xmldom/xmldom";
import type { Page } from "playwright-core";
import { PNG } from "pngjs";
import { beforeAll, describe, expect, it } from "vitest";
import { openExplorerPage, useArticleStack } from "../support/articleStack.ts";
import { download } from "../support/exportDownload.ts";
import { scalar } from "../support/db.ts";
import { nodeByCaption, waitForOrder } from "../support/explorerPage.ts";

const stack = useArticleStack();
let page: Page;

type Positions = Record<string, { x: number; y: number }>;

const positions = () =>
  page.evaluate(() => {
    const hook = window.__dossier!;
    const ids = hook.edges().flatMap((e) => [e.source, e.target]);
    return Object.fromEntries([...new Set(ids)].map((id) => [id, hook.graphPosition(id)!])) as Positions;
  });
const drawnNodes = () =>
  page.evaluate(() => {
    const hook = window.__dossier!;
    const ids = new Set(hook.edges().flatMap((e) => [e.source, e.target]));
    return [...ids].filter((id) => hook.isDrawn(id)).sort();
  });
const onPage = (id: string) => page.evaluate((i) => window.__dossier!.pagePosition(i)!, id);
const mapButton = () => page.getByRole("toolbar", { name: "Explorer" }).getByRole("button", { name: "Map" });
const outlines = () =>
  page.evaluate(() =>
    Number(document.querySelector<HTMLCanvasElement>("canvas.sigma-map")?.dataset.rings ?? 0),
  );

beforeAll(async () => {
  page = await openExplorerPage(stack);
});

describe("the map view", () => {
  let laidOut: Positions;

  it("draws country outlines under the graph and puts Bamako south-west of Moscow on screen", async () => {
    laidOut = await positions();
    await mapButton().click();
    await expect.poll(outlines).toBeGreaterThan(100);
    expect(await mapButton().getAttribute("aria-pressed")).toBe("true");
    expect(new URL(page.url()).searchParams.get("view")).toBe("map");
    const [bamako, moscow] = [await nodeByCaption(page, "Bamako"), await nodeByCaption(page, "Moscow")];
    await expect.poll(async () => (await onPage(bamako)).x < (await onPage(moscow)).x).toBe(true);
    const [b, m] = [await onPage(bamako), await onPage(moscow)];
    expect(b.y, "Bamako lies below (south of) Moscow").toBeGreaterThan(m.y);
    // `DOSSIER_SCREENSHOTS=docs npx vitest run tests/e2e/map.test.ts` writes the README's picture.
    if (process.env.DOSSIER_SCREENSHOTS) {
      await page.screenshot({ path: join(process.env.DOSSIER_SCREENSHOTS, "map.png") });
    }
    // Senou has no entry of its own: it lies in Bamako, so it stands where Bamako does.
    const senou = await onPage(await nodeByCaption(page, "Senou"));
    expect(Math.hypot(senou.x - b.x, senou.y - b.y)).toBeLessThan(2);
  });

  it("hides the same items under the time filter as the graph view, and gives the layout back when turned off", async () => {
    const timeline = page.getByRole("region", { name: "Timeline" });
    await timeline.getByLabel("From").fill("2025-06-22");
    await timeline.getByLabel("To").fill("2025-06-23");
    const french = await nodeByCaption(page, "French missions");
    await expect.poll(() => page.evaluate((i) => window.__dossier!.isDrawn(i), french)).toBe(false);
    const onMap = await drawnNodes();
    await mapButton().click();
    await expect.poll(outlines).toBe(0);
    expect(new URL(page.url()).searchParams.get("view")).toBeNull();
    expect(await drawnNodes()).toEqual(onMap);
    const back = await positions();
    for (const [id, p] of Object.entries(laidOut)) {
      expect(back[id]?.x, id).toBeCloseTo(p.x, 6);
      expect(back[id]?.y, id).toBeCloseTo(p.y, 6);
    }
  });

  it("opens on the map from a link with view=map, and lays the graph out when turned off", async () => {
    const url = new URL(stack.server.url);
    url.searchParams.set("view", "map");
    await page.goto(url.toString());
    await waitForOrder(page, await scalar<number>(stack.driver, "MATCH (e:Entity) RETURN count(e)"));
    await expect.poll(outlines).toBeGreaterThan(100);
    const [bamako, moscow] = [await nodeByCaption(page, "Bamako"), await nodeByCaption(page, "Moscow")];
    await expect.poll(async () => (await onPage(bamako)).x < (await onPage(moscow)).x).toBe(true);
    expect((await onPage(bamako)).y).toBeGreaterThan((await onPage(moscow)).y);
    const senou = await nodeByCaption(page, "Senou");
    await mapButton().click();
    await expect.poll(outlines).toBe(0);
    // Laid out, Senou no longer stands on Bamako.
    const [b, s] = [await onPage(bamako), await onPage(senou)];
    expect(Math.hypot(s.x - b.x, s.y - b.y)).toBeGreaterThan(10);
  });

  it("puts the outlines under the graph in PNG and SVG exports made on the map", async () => {
    /** Pixels of the land's tint (the outlines' fill over white), which the graph view never draws in bulk. */
    const landPixels = (file: Buffer) => {
      const png = PNG.sync.read(file);
      let land = 0;
      for (let i = 0; i < png.data.length; i += 4) {
        const [r, g, b] = [png.data[i]!, png.data[i + 1]!, png.data[i + 2]!];
        if (r >= 226 && r <= 242 && g >= 228 && g <= 244 && b >= r + 2 && b <= 246) land += 1;
      }
      return land / (png.width * png.height);
    };
    await mapButton().click();
    await expect.poll(outlines).toBeGreaterThan(100);
    const svg = new DOMParser().parseFromString(
      (await download(page, "svg", 1)).toString("utf8"),
      "image/svg+xml",
    );
    const groups = Array.from(svg.getElementsByTagName("g"));
    const map = groups.find((g) => g.getAttribute("class") === "map");
    expect(map?.getElementsByTagName("path").length).toBeGreaterThan(100);
    const onMap = landPixels(await download(page, "png", 1));
    await mapButton().click();
    await expect.poll(outlines).toBe(0);
    const inGraph = landPixels(await download(page, "png", 1));
    expect(onMap).toBeGreaterThan(0.05);
    expect(onMap).toBeGreaterThan(10 * inGraph);
  });
});
