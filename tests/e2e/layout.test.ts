import type { Driver } from "neo4j-driver";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadArticles } from "../../graph/loader/load.ts";
import { startAppServer } from "../support/appServer.ts";
import { goitaDir } from "../support/articleFixture.ts";
import { launchBrowser } from "../support/browser.ts";
import { clearDatabase, scalar, testDriver } from "../support/db.ts";
import { nodeByCaption, UI_TIMEOUT, waitForOrder } from "../support/explorerPage.ts";

let driver: Driver;
let server: { url: string; stop: () => Promise<void> };
let browser: { browser: Browser; close: () => Promise<void> };
let page: Page;

beforeAll(async () => {
  driver = testDriver();
  await clearDatabase(driver);
  await loadArticles(driver, [goitaDir]);
  const entities = await scalar<number>(driver, "MATCH (e:Entity) RETURN count(e)");
  server = await startAppServer(driver);
  browser = await launchBrowser();
  page = await browser.browser.newPage({ viewport: { width: 1440, height: 900 } });
  page.setDefaultTimeout(UI_TIMEOUT);
  await page.goto(server.url);
  await waitForOrder(page, entities);
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  await driver?.close();
});

const position = (id: string) => page.evaluate((n) => window.__dossier!.graphPosition(n)!, id);

/** Waits until the layout has moved `id` away from `from`. */
async function movedFrom(id: string, from: { x: number; y: number }): Promise<void> {
  await page.waitForFunction(
    ([n, p]) => {
      const now = window.__dossier!.graphPosition(n)!;
      return Math.hypot(now.x - p.x, now.y - p.y) > 1e-3;
    },
    [id, from] as const,
    { timeout: UI_TIMEOUT },
  );
}

describe("the layout", () => {
  it("moves the nodes while it runs, leaves a node dropped during it where it was dropped, and stops", async () => {
    const goita = await nodeByCaption(page, "Assimi Goïta");
    const mali = await nodeByCaption(page, "Mali");
    const run = page.getByRole("button", { name: "Run layout" });
    const before = await position(goita);
    await run.click();
    const stop = page.getByRole("button", { name: "Stop layout" });
    expect(await stop.getAttribute("aria-pressed")).toBe("true");
    await movedFrom(goita, before);

    // Drag Mali with the mouse while the layout runs.
    const start = (await page.evaluate((n) => window.__dossier!.pagePosition(n)!, mali))!;
    await page.mouse.move(start.x, start.y);
    await page.mouse.down();
    for (let i = 1; i <= 10; i++) await page.mouse.move(start.x + i * 6, start.y + i * 4);
    await page.mouse.up();
    await page.mouse.move(5, 5);
    await movedFrom(goita, await position(goita));
    const dropped = await position(mali);

    // The layout goes on for the others; the dropped (and so pinned) node stays.
    await movedFrom(goita, await position(goita));
    expect(await position(mali)).toEqual(dropped);

    await stop.click();
    expect(await run.getAttribute("aria-pressed")).toBe("false");
  });
});
