import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser } from "../support/browser.ts";
import { chooseNode, UI_TIMEOUT, waitForDetails } from "../support/explorerPage.ts";
import { useRelayedServer } from "../support/relayedServer.ts";

const stack = useRelayedServer();
let browser: { browser: Browser; close: () => Promise<void> };
let page: Page;

beforeAll(async () => {
  browser = await launchBrowser();
  page = await browser.browser.newPage();
  page.setDefaultTimeout(UI_TIMEOUT);
});

afterAll(async () => {
  await browser?.close();
});

describe("the explorer when Neo4j goes away", () => {
  it("shows a banner with Retry while Neo4j is unreachable and recovers by itself when it is back", async () => {
    await page.goto(stack.server.url);
    await page.waitForFunction(() => (window.__dossier?.order() ?? 0) > 0, null, { timeout: UI_TIMEOUT });
    const banner = page.getByRole("alert").filter({ has: page.getByRole("button", { name: "Retry" }) });
    expect(await banner.count()).toBe(0);

    await stack.proxy.cut();
    // The next request notices (a search), as does the periodic health check.
    await page.getByRole("combobox", { name: "Search" }).fill("goita");
    await banner.waitFor({ timeout: UI_TIMEOUT });
    expect(await banner.innerText()).toMatch(/Neo4j is not reachable/);
    await banner.getByRole("button", { name: "Retry" }).click();
    await banner.waitFor();

    await stack.proxy.restore();
    await banner.waitFor({ state: "detached", timeout: UI_TIMEOUT });
    // The page works again without a reload: the same search now answers.
    await chooseNode(page, "Search", "goita", "Assimi Goïta");
    await waitForDetails(page, "Assimi Goïta");
    // Whatever failed during the outage was fetched again: no error is left on the page.
    await expect.poll(() => page.getByRole("alert").count(), { timeout: UI_TIMEOUT }).toBe(0);
  });
});
