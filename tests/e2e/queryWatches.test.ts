import { mkdirSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";
import { listSavedQueries } from "../../graph/query/savedQueries.ts";
import { tempDir } from "../support/addFixtures.ts";
import { openExplorerPage, useArticleStack } from "../support/articleStack.ts";
import { UI_TIMEOUT, waitForDetails } from "../support/explorerPage.ts";
import { publishLakeOverHttp } from "../support/lakePublish.ts";
import { writeLakeFolder } from "../support/reviewFixture.ts";

const articles = join(tempDir("query-watches-e2e"), "articles");
mkdirSync(articles);
const stack = useArticleStack({
  articles: { dir: articles, enabled: true },
  // The publish answers once the whole check is done, so its counts do not depend on the machine's speed.
  watchWaitMs: 120_000,
});

function savedQuery(name: string) {
  const saved = listSavedQueries().find((q) => q.name === name);
  if (!saved) throw new Error(`the saved query ${name} is missing`);
  return saved;
}
/** Gains a row when an article brings a new person (Oren Hale, in the Lake Mora article). */
const PEOPLE = savedQuery("08-people-and-roles");
/** Reads armed groups only: the Lake Mora article changes none of its rows. */
const GROUPS = savedQuery("06-africa-corps-and-wagner");
const SEVERAL = savedQuery("13-reported-by-several-articles");

const watchIds = async () =>
  ((await (await fetch(`${stack.server.url}/api/watches`)).json()) as { watches: { id: string }[] }).watches
    .map((w) => w.id)
    .sort();

describe("watching a saved query from the Cypher workbench", () => {
  let page: Page;
  beforeAll(async () => {
    writeLakeFolder(articles);
    page = await openExplorerPage(stack);
  });

  it("watches saved queries from the workbench's list, and Unwatch stops watching one", async () => {
    await page.getByRole("tab", { name: "Cypher" }).click();
    await page.getByText(/^Saved queries/).click();
    const list = page.getByRole("navigation", { name: "Saved queries" });
    const toggle = (title: string) =>
      list.getByRole("listitem", { name: title, exact: true }).locator("button.workbench-watch");
    for (const q of [PEOPLE, GROUPS, SEVERAL]) {
      expect(await toggle(q.title).innerText()).toBe("Watch");
      await toggle(q.title).click();
      await page.getByText(`Watching “${q.title}”: its new rows will show in Alerts.`).waitFor();
      await expect.poll(() => toggle(q.title).innerText()).toBe("Unwatch");
      expect(await toggle(q.title).getAttribute("aria-pressed")).toBe("true");
    }
    await toggle(SEVERAL.title).click();
    await page.getByText(`No longer watching “${SEVERAL.title}”.`).waitFor();
    await expect.poll(() => toggle(SEVERAL.title).innerText()).toBe("Watch");
    expect(await watchIds()).toEqual(["query-06-africa-corps-and-wagner", "query-08-people-and-roles"]);
  });

  it("fires nothing for a watched query whose rows a publish leaves as they were", async () => {
    const published = await publishLakeOverHttp(stack.server.url);
    expect(published.status).toBe(200);
    // One alert: the people query's; the armed groups' query gained no row.
    expect(published.body.watches).toEqual({ alerts: 1, warnings: [] });
    const inbox = (await (await fetch(`${stack.server.url}/api/alerts`)).json()) as {
      alerts: { watch: string }[];
    };
    expect(inbox.alerts.map((a) => a.watch)).toEqual(["query-08-people-and-roles"]);
  });

  it("shows the query's new rows in Alerts, and opens an entity of a row in the explorer", async () => {
    const badge = page.locator(".alerts-badge");
    await badge.waitFor({ timeout: UI_TIMEOUT });
    expect(await badge.innerText()).toBe("1");
    await page.getByRole("button", { name: /^Alerts/ }).click();
    const alert = page
      .getByRole("dialog", { name: "Alerts" })
      .getByRole("listitem", { name: `1 new row of the saved query “${PEOPLE.title}”` });
    const table = alert.getByRole("table", { name: "New rows" });
    await table.waitFor();
    expect(await table.locator("th").allInnerTexts()).toEqual([
      "name",
      "roles",
      "leads",
      "tookPartIn",
      "person",
      "leadership",
      "ledEntities",
    ]);
    expect(await table.locator("tbody tr").count()).toBe(1);
    expect(await table.locator("tbody tr td").first().innerText()).toBe("Oren Hale");

    expect(await page.evaluate(() => window.__dossier!.nodeByCaption("Oren Hale"))).toBeNull();
    await table.getByRole("button", { name: "Oren Hale" }).click();
    await page.waitForFunction(() => window.__dossier!.nodeByCaption("Oren Hale") !== null, null, {
      timeout: UI_TIMEOUT,
    });
    await waitForDetails(page, "Oren Hale");
  });
});
