import type { Driver } from "neo4j-driver";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadArticles } from "../../graph/loader/load.ts";
import { createDriver } from "../../graph/neo4j/driver.ts";
import { startAppServer } from "../support/appServer.ts";
import { goitaDir } from "../support/articleFixture.ts";
import { launchBrowser } from "../support/browser.ts";
import { clearDatabase, testConnection, testDriver } from "../support/db.ts";
import { chooseNode, UI_TIMEOUT, waitForDetails } from "../support/explorerPage.ts";
import { startTcpProxy, type TcpProxy } from "../support/tcpProxy.ts";

let setupDriver: Driver;
let driver: Driver;
let proxy: TcpProxy;
let server: { url: string; stop: () => Promise<void> };
let browser: { browser: Browser; close: () => Promise<void> };
let page: Page;

beforeAll(async () => {
  setupDriver = testDriver();
  await clearDatabase(setupDriver);
  await loadArticles(setupDriver, [goitaDir]);
  const settings = testConnection();
  // The server under test reaches the real Neo4j only through a relay the test can cut:
  // to the server, Neo4j is down (connections refused and dropped) until it is restored.
  proxy = await startTcpProxy(Number(new URL(settings.uri).port));
  driver = createDriver({ ...settings, uri: `bolt://127.0.0.1:${proxy.port}` });
  server = await startAppServer(driver);
  browser = await launchBrowser();
  page = await browser.browser.newPage();
  page.setDefaultTimeout(UI_TIMEOUT);
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  await driver?.close();
  await proxy?.close();
  await setupDriver?.close();
});

describe("the explorer when Neo4j goes away", () => {
  it("shows a banner with Retry while Neo4j is unreachable and recovers by itself when it is back", async () => {
    await page.goto(server.url);
    await page.waitForFunction(() => (window.__dossier?.order() ?? 0) > 0, null, { timeout: UI_TIMEOUT });
    const banner = page.getByRole("alert").filter({ has: page.getByRole("button", { name: "Retry" }) });
    expect(await banner.count()).toBe(0);

    await proxy.cut();
    // The next request notices (a search), as does the periodic health check.
    await page.getByRole("combobox", { name: "Search" }).fill("goita");
    await banner.waitFor({ timeout: UI_TIMEOUT });
    expect(await banner.innerText()).toMatch(/Neo4j is not reachable/);
    await banner.getByRole("button", { name: "Retry" }).click();
    await banner.waitFor();

    await proxy.restore();
    await banner.waitFor({ state: "detached", timeout: UI_TIMEOUT });
    // The page works again without a reload: the same search now answers.
    await chooseNode(page, "Search", "goita", "Assimi Goïta");
    await waitForDetails(page, "Assimi Goïta");
    // Whatever failed during the outage was fetched again: no error is left on the page.
    await expect.poll(() => page.getByRole("alert").count(), { timeout: UI_TIMEOUT }).toBe(0);
  });
});
