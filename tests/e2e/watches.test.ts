import { mkdirSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";
import { tempDir } from "../support/addFixtures.ts";
import { openExplorerPage, useArticleStack } from "../support/articleStack.ts";
import { UI_TIMEOUT, chooseNode, waitForDetails } from "../support/explorerPage.ts";
import { publishLakeOverHttp } from "../support/lakePublish.ts";
import { writeLakeFolder } from "../support/reviewFixture.ts";

const articles = join(tempDir("watches-e2e"), "articles");
mkdirSync(articles);
const stack = useArticleStack({
  articles: { dir: articles, enabled: true },
  // The publish answers once the whole check is done, so its counts do not depend on the machine's speed.
  watchWaitMs: 120_000,
});
const QUOTE = "Kestrel Works, a company based in Mali";

describe("watches", () => {
  let page: Page;
  beforeAll(async () => {
    writeLakeFolder(articles);
    page = await openExplorerPage(stack);
  });

  it("watches an entity from its details", async () => {
    await chooseNode(page, "Search", "mali", "Mali");
    await waitForDetails(page, "Mali");
    await page.getByRole("tabpanel").getByRole("button", { name: "Watch", exact: true }).click();
    await page.getByText("Watching Mali: new relationships will show in Alerts.").waitFor();
    const alerts = page.getByRole("button", { name: /^Alerts/ });
    expect(await alerts.innerText()).toBe("Alerts");
  });

  it("watches a pair from the path panel", async () => {
    await page.getByRole("tab", { name: "Path" }).click();
    await chooseNode(page, "Path from", "goita", "Assimi Goïta");
    await chooseNode(page, "Path to", "mali", "Mali");
    await page.getByLabel("Within").selectOption("2");
    await page.getByRole("button", { name: "Watch pair" }).click();
    await page
      .getByText("Watching Assimi Goïta and Mali within 2 hops: new paths will show in Alerts.")
      .waitFor();
    const listed = await (await fetch(`${stack.server.url}/api/watches`)).json();
    expect(listed.watches.map((w: { id: string }) => w.id)).toEqual([
      "entity-mali",
      "pair-assimi-goita-mali-2",
    ]);
  });

  it("shows an alert with the quote when a publish adds a relationship of it, and draws it", async () => {
    const published = await publishLakeOverHttp(stack.server.url);
    expect(published.status).toBe(200);
    expect(published.body.watches).toEqual({ alerts: 1, warnings: [] });

    const badge = page.locator(".alerts-badge");
    await badge.waitFor({ timeout: UI_TIMEOUT });
    expect(await badge.innerText()).toBe("1");

    await page.getByRole("button", { name: /^Alerts/ }).click();
    const inbox = page.getByRole("dialog", { name: "Alerts" });
    const alert = inbox.getByRole("listitem", { name: "1 new relationship of Mali" });
    await alert.waitFor();
    expect(await alert.locator("blockquote").allInnerTexts()).toEqual([QUOTE]);

    expect(await page.evaluate(() => window.__dossier!.nodeByCaption("Kestrel Works"))).toBeNull();
    await alert.getByRole("button", { name: "Open in explorer" }).click();
    await page.waitForFunction(() => window.__dossier!.nodeByCaption("Kestrel Works") !== null, null, {
      timeout: UI_TIMEOUT,
    });
    const kestrel = await page.evaluate(() => window.__dossier!.nodeByCaption("Kestrel Works"));
    const mali = await page.evaluate(() => window.__dossier!.nodeByCaption("Mali"));
    const drawn = await page.evaluate(
      ([from, to]) => window.__dossier!.edges().filter((e) => e.source === from && e.target === to),
      [kestrel, mali],
    );
    expect(drawn.map((e) => e.relType)).toEqual(["BASED_IN"]);
    // Read once opened: the badge goes.
    await badge.waitFor({ state: "detached", timeout: UI_TIMEOUT });
  });
});
