import type { Page } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";
import { useArticleStack } from "../support/articleStack.ts";
import { scalar } from "../support/db.ts";
import { nodeByCaption, UI_TIMEOUT, waitForOrder } from "../support/explorerPage.ts";

const stack = useArticleStack();
let page: Page;

beforeAll(async () => {
  const entities = await scalar<number>(stack.driver, "MATCH (e:Entity) RETURN count(e)");
  page = await stack.browser.browser.newPage({ viewport: { width: 1440, height: 900 } });
  page.setDefaultTimeout(UI_TIMEOUT);
  await page.goto(stack.server.url);
  await waitForOrder(page, entities);
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

    // Drag Mali with the mouse while the layout runs. A pointer over the canvas holds the drawing
    // still, so Mali is where the page says once a frame has been drawn since.
    const canvas = (await page.locator(".graph-canvas").boundingBox())!;
    await page.mouse.move(canvas.x + 5, canvas.y + canvas.height - 5);
    await page.evaluate(
      () => new Promise<void>((done) => requestAnimationFrame(() => requestAnimationFrame(() => done()))),
    );
    const start = (await page.evaluate((n) => window.__dossier!.pagePosition(n)!, mali))!;
    await page.mouse.move(start.x, start.y);
    await page.mouse.down();
    for (let i = 1; i <= 10; i++) await page.mouse.move(start.x + i * 6, start.y + i * 4);
    await page.mouse.up();
    const end = (await page.evaluate((n) => window.__dossier!.pagePosition(n)!, mali))!;
    expect(Math.hypot(end.x - (start.x + 60), end.y - (start.y + 40)), "Mali follows the mouse").toBeLessThan(
      15,
    );
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
