import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GraphDb } from "../../graph/db/graphDb.ts";
import { QueryWorkers } from "../../graph/query/worker/pool.ts";
import { startAppServer } from "../support/appServer.ts";
import { launchBrowser } from "../support/browser.ts";
import { testConnection, testDriver } from "../support/db.ts";

let driver: Driver;
let workers: QueryWorkers;
let server: { url: string; stop: () => Promise<void> };
let browser: Awaited<ReturnType<typeof launchBrowser>>;

beforeAll(async () => {
  driver = testDriver();
  // As npm start serves it: workbench queries received in worker threads.
  workers = new QueryWorkers(testConnection());
  server = await startAppServer(driver, { db: new GraphDb(driver, undefined, 15_000, undefined, workers) });
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  await workers?.close();
  await driver?.close();
});

describe("a huge row in the workbench", () => {
  it("is cut as it arrives: no rows, the notice says why, and the explorer keeps answering", async () => {
    const page = await browser.browser.newPage({ viewport: { width: 1400, height: 900 } });
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    await page.goto(server.url);
    await page.getByRole("tab", { name: "Cypher" }).click();
    const editor = page.getByRole("textbox", { name: "Cypher" });
    await editor.click();
    // The editor opens with an example query: replace it.
    await page.keyboard.press("ControlOrMeta+a");
    await page.keyboard.press("Delete");
    await page.keyboard.type("RETURN range(1, 10000000) AS r");
    await expect.poll(() => editor.innerText()).toBe("RETURN range(1, 10000000) AS r");
    await page.keyboard.press("Escape");
    await page.getByRole("button", { name: "Run", exact: true }).click();

    // Cut by bytes (a 504 at the 10 s limit would show an alert instead, and no result).
    const notice = page.getByRole("note").filter({ hasText: "cut" });
    await expect.poll(() => notice.innerText(), { timeout: 30_000 }).toMatch(/^The result was cut at 0 rows/);
    await expect
      .poll(() => page.getByRole("status").filter({ hasText: "rows" }).innerText())
      .toMatch(/^0 rows/);
    expect(await page.getByRole("alert").count()).toBe(0);

    // The next query answers at once.
    await editor.click();
    await page.keyboard.press("ControlOrMeta+a");
    await page.keyboard.press("Delete");
    await page.keyboard.type("RETURN 1 AS one");
    await expect.poll(() => editor.innerText()).toBe("RETURN 1 AS one");
    await page.keyboard.press("Escape");
    await page.getByRole("button", { name: "Run", exact: true }).click();
    await expect
      .poll(() => page.getByRole("status").filter({ hasText: "row" }).innerText())
      .toMatch(/^1 row/);
    expect(await page.getByRole("note").count()).toBe(0);
    expect(errors).toEqual([]);
  }, 120_000);
});
