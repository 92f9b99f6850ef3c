import { request } from "node:http";
import type { Driver } from "neo4j-driver";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadArticles } from "../../graph/loader/load.ts";
import { startAppServer } from "../support/appServer.ts";
import { goitaDir } from "../support/articleFixture.ts";
import { launchBrowser } from "../support/browser.ts";
import { clearDatabase, testDriver } from "../support/db.ts";

let driver: Driver;
let server: { url: string; stop: () => Promise<void> };
let browser: { browser: Browser; close: () => Promise<void> };

beforeAll(async () => {
  driver = testDriver();
  await clearDatabase(driver);
  await loadArticles(driver, [goitaDir]);
  server = await startAppServer(driver);
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  await driver?.close();
});

describe("the app's status bar", () => {
  it("shows the graph's counts from the real Neo4j", async () => {
    const { records } = await driver.executeQuery(
      "MATCH (n) WITH count(n) AS nodes CALL () { MATCH ()-[r]->() RETURN count(r) AS rels } RETURN nodes, rels",
    );
    const nodes = Number(records[0]?.get("nodes"));
    const rels = Number(records[0]?.get("rels"));
    const page = await browser.browser.newPage();
    await page.goto(server.url);
    const status = page.getByRole("contentinfo", { name: "Status" });
    await expect
      .poll(() => status.innerText(), { timeout: 30_000 })
      .toContain(`Database: ${nodes.toLocaleString("en")} nodes, ${rels.toLocaleString("en")} relationships`);
    await page.close();
  });

  it("refuses API requests from another origin", async () => {
    const response = await fetch(`${server.url}/api/health`, { headers: { origin: "http://evil.example" } });
    expect(response.status).toBe(403);
    // A DNS-rebinding page reaches 127.0.0.1 under its own host name.
    const { port } = new URL(server.url);
    const status = await new Promise<number | undefined>((resolve, reject) => {
      const req = request(
        { host: "127.0.0.1", port, path: "/api/health", headers: { host: `evil.example:${port}` } },
        (res) => {
          res.resume();
          resolve(res.statusCode);
        },
      );
      req.on("error", reject);
      req.end();
    });
    expect(status).toBe(403);
  });
});
