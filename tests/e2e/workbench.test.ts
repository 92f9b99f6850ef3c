import { cpSync, rmSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GraphDb } from "../../graph/db/graphDb.ts";
import { listSavedQueries } from "../../graph/query/savedQueries.ts";
import { QueryWorkers } from "../../graph/query/worker/pool.ts";
import { LocalWorkbench } from "../../graph/workbench/localWorkbench.ts";
import { tempDir } from "../support/addFixtures.ts";
import { startAppServer } from "../support/appServer.ts";
import { useArticleStack } from "../support/articleStack.ts";
import { GOITA_SLUG, goitaDir } from "../support/articleFixture.ts";
import { UI_TIMEOUT, chooseNode, waitForDetails } from "../support/explorerPage.ts";
import { freePort } from "../support/freePort.ts";

const stack = useArticleStack();

/** Replaces the editor's text by typing it, one line at a time (Escape closes completion first). */
async function typeQuery(page: Page, lines: string[]): Promise<void> {
  const editor = page.getByRole("textbox", { name: "Cypher" });
  await editor.click();
  await page.keyboard.press("ControlOrMeta+a");
  await page.keyboard.press("Delete");
  for (const [i, line] of lines.entries()) {
    if (i > 0) {
      await page.keyboard.press("Escape");
      await page.keyboard.press("Enter");
    }
    await page.keyboard.type(line);
  }
  await page.keyboard.press("Escape");
}

const graphOrder = (page: Page) => page.evaluate(() => window.__dossier?.order() ?? -1);

describe("the Cypher workbench in the explorer", () => {
  it("runs typed and saved queries, shows graph and table, selects from chips, marks errors", async () => {
    const page = await stack.browser.browser.newPage({ viewport: { width: 1400, height: 900 } });
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    await page.goto(stack.server.url);
    // The explorer's opening view first, so that it does not land after the result (the
    // overlay is drawn with the first render, which the tabs prove has happened).
    await page.getByRole("tab", { name: "Cypher" }).waitFor();
    await expect.poll(() => page.getByText("Opening the graph…").count(), { timeout: 60_000 }).toBe(0);
    await page.getByRole("tab", { name: "Cypher" }).click();
    const editor = page.getByRole("textbox", { name: "Cypher" });
    await editor.waitFor();
    await page.getByLabel("After a run").selectOption("replace");
    const exportButton = page.getByRole("button", { name: "Export", exact: true });
    const lastResultChoice = page.getByRole("radio", { name: "Last query result" });
    await exportButton.click();
    expect(await lastResultChoice.isDisabled()).toBe(true);
    await exportButton.click();

    // A typed query, run with Ctrl+Enter: its nodes in the graph, its rows in the table.
    const query = "MATCH (p:Person)-[r:LEADS]->(x) RETURN p, r, x, x.name AS led";
    const expected = await stack.driver.executeQuery(
      "MATCH (p:Person)-[r:LEADS]->(x) WITH collect(p) + collect(x) AS nodes, count(*) AS rows UNWIND nodes AS n RETURN count(DISTINCT n) AS nodes, rows LIMIT 1",
    );
    const expectedNodes = Number(expected.records[0]?.get("nodes"));
    const expectedRows = Number(expected.records[0]?.get("rows"));
    expect(expectedRows).toBeGreaterThan(0);
    await typeQuery(page, [query]);
    await expect.poll(() => editor.innerText()).toBe(query);
    await page.keyboard.press("ControlOrMeta+Enter");
    const table = page.getByRole("table", { name: "Result table" });
    await table.waitFor();
    expect(await table.locator("tbody tr").count()).toBe(expectedRows);
    expect(await table.locator("thead th").allInnerTexts()).toEqual(["p", "r", "x", "led"]);
    await expect
      .poll(() => page.getByRole("status").filter({ hasText: "rows" }).innerText())
      .toMatch(new RegExp(`^${expectedRows} rows`));
    await expect.poll(() => graphOrder(page)).toBe(expectedNodes);
    expect(await page.evaluate(() => window.__dossier?.nodeByCaption("Vladimir Putin"))).not.toBeNull();

    // A chip selects its node in the explorer: the details panel shows it.
    await table.getByRole("button", { name: "Select node Vladimir Putin" }).first().click();
    const details = page.getByRole("article", { name: "Node details" });
    await expect.poll(() => details.getByRole("heading", { level: 2 }).innerText()).toBe("Vladimir Putin");
    // The workbench kept its result while the details showed.
    await page.getByRole("tab", { name: "Cypher" }).click();
    expect(await table.locator("tbody tr").count()).toBe(expectedRows);

    // A bad query: the error names line and column, and the editor marks that very word.
    await typeQuery(page, ["MATCH (n)", "RETURN n LIMT 5"]);
    await page.getByRole("button", { name: "Run", exact: true }).click();
    const alert = page.getByRole("alert").filter({ hasText: "line" });
    await expect.poll(() => alert.innerText()).toMatch(/^line 2, column 10: Invalid input 'LIMT'/);
    const mark = page.locator(".cm-line").nth(1).locator(".cm-lintRange-error");
    await expect.poll(() => mark.innerText()).toBe("LIMT");
    expect(await page.locator(".cm-lintRange-error").count()).toBe(1);

    // A saved query loads into the editor with one click and runs.
    const saved = listSavedQueries().find((q) => q.name === "03-stakes-in-soroma");
    if (!saved) throw new Error("the saved query 03-stakes-in-soroma is missing");
    const savedRows = (await stack.driver.executeQuery(saved.query)).records;
    await page.getByText(/^Saved queries/).click();
    await page
      .getByRole("navigation", { name: "Saved queries" })
      .getByRole("button", { name: saved.title })
      .click();
    await expect.poll(() => editor.innerText()).toBe(saved.query);
    await page.getByRole("button", { name: "Run", exact: true }).click();
    await expect.poll(() => table.locator("tbody tr").count()).toBe(savedRows.length);
    expect(await table.locator("tbody tr").first().locator("td").first().innerText()).toBe(
      String(savedRows[0]?.get("name")),
    );
    await expect.poll(() => graphOrder(page)).toBe(3);
    // The result is what "Export → Last query result" writes.
    await exportButton.click();
    expect(await lastResultChoice.isEnabled()).toBe(true);
    await exportButton.click();

    // History survives a reload: up on the first line brings back the last query run.
    await page.reload();
    await page.getByRole("tab", { name: "Cypher" }).click();
    await editor.click();
    await page.keyboard.press("ControlOrMeta+Home");
    await page.keyboard.press("ArrowUp");
    await expect.poll(() => editor.innerText()).toBe(saved.query);

    expect(errors).toEqual([]);
    await page.close();
  });
});

describe("a runaway query in the workbench, with the workbench's own Neo4j as npm start runs it", () => {
  const root = tempDir("workbench-bomb-articles");
  const dataDir = tempDir("workbench-bomb-neo4j");
  let workbench: LocalWorkbench;
  let workers: QueryWorkers;
  let server: { url: string; stop: () => Promise<void> };

  beforeAll(async () => {
    cpSync(goitaDir, join(root, GOITA_SLUG), { recursive: true });
    const options = { dataDir, port: await freePort(), heap: "512m", pagecache: "64m" };
    workbench = new LocalWorkbench(
      { ...options, txTimeout: "60s", txMemory: "256m", yielding: true },
      root,
      () => undefined,
    );
    await workbench.start();
    workers = new QueryWorkers(workbench.connection, {
      target: workbench.side,
      unavailable: () => workbench.unavailable(),
    });
    server = await startAppServer(stack.driver, {
      db: new GraphDb(stack.driver, undefined, 15_000, undefined, workers),
      query: {
        limits: { timeoutMs: 2000, maxRows: 100, maxNodes: 100, maxBytes: 1_000_000 },
        timeoutMaxMs: 30_000,
        allowWrites: false,
      },
    });
  }, 300_000);

  afterAll(async () => {
    await server?.stop();
    await workers?.close();
    await workbench?.stop();
    rmSync(dataDir, { recursive: true, force: true });
    rmSync(root, { recursive: true, force: true });
  }, 300_000);

  it("keeps the explorer answering in the browser while that Neo4j restarts, and runs the next query after it", async () => {
    const page = await stack.browser.browser.newPage({ viewport: { width: 1400, height: 900 } });
    await page.goto(server.url);
    await expect.poll(() => page.getByText("Opening the graph…").count(), { timeout: 60_000 }).toBe(0);
    await page.getByRole("tab", { name: "Cypher" }).click();
    await typeQuery(page, ["RETURN reduce(s = '', x IN range(1, 100000000) | s + 'x') AS s"]);
    await page.keyboard.press("ControlOrMeta+Enter");
    const restarted = page.getByRole("alert").filter({ hasText: "being restarted" });
    await expect.poll(() => restarted.count(), { timeout: 60_000 }).toBe(1);
    expect(await restarted.innerText()).toMatch(
      /the workbench's Neo4j is being restarted to free it: try again in a minute \(the explorer is not affected\)\.$/,
    );

    // Meanwhile the explorer searches and opens nodes, as many times as the restart lasts.
    let rounds = 0;
    while (workbench.watchdog.restarting()) {
      const [typed, name] = rounds % 2 === 0 ? ["goita", "Assimi Goïta"] : ["putin", "Vladimir Putin"];
      await chooseNode(page, "Search", typed, name);
      await waitForDetails(page, name, UI_TIMEOUT);
      rounds += 1;
    }
    expect(rounds).toBeGreaterThanOrEqual(1);
    await workbench.idle();

    // The first query after the restart is answered.
    await page.getByRole("tab", { name: "Cypher" }).click();
    await typeQuery(page, ["MATCH (a:Article) RETURN a.slug AS slug"]);
    await page.keyboard.press("ControlOrMeta+Enter");
    const table = page.getByRole("table", { name: "Result table" });
    await expect
      .poll(() => table.locator("tbody td").first().innerText(), { timeout: 60_000 })
      .toBe(GOITA_SLUG);
    await page.close();
  }, 300_000);
});
