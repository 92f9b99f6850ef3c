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

describe("the app's first page", () => {
  it("shows the graph's counts from the real Neo4j", async () => {
    const page = await browser.browser.newPage();
    await page.goto(server.url);
    const table = page.getByRole("table", { name: "Nodes per label" });
    await expect.poll(() => table.getByRole("row", { name: /Person/ }).innerText()).toMatch(/Person\s+2/);
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
