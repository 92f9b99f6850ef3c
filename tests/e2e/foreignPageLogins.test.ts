import { readFileSync, mkdtempSync, rmSync } from "node:fs";
import { createServer, type Server } from "node:http";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type * as Neo4jDriver from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startAppServer } from "../support/appServer.ts";
import { goitaDir } from "../support/articleFixture.ts";
import { launchBrowser } from "../support/browser.ts";
import { runCli } from "../support/cli.ts";
import { testConnection, testDriver } from "../support/db.ts";

/** The driver's browser build, as a page of any site could load it. */
const driverScript = readFileSync(
  createRequire(import.meta.url).resolve("neo4j-driver/lib/browser/neo4j-web.min.js"),
);

let foreign: Server;
let foreignUrl = "";
let browser: Awaited<ReturnType<typeof launchBrowser>>;
const outDir = mkdtempSync(join(tmpdir(), "dossier-foreign-page-"));

beforeAll(async () => {
  // A page on another port: another origin than the app and than Neo4j.
  foreign = createServer((request, response) => {
    if (request.url === "/neo4j.js") {
      response.writeHead(200, { "content-type": "text/javascript" }).end(driverScript);
    } else {
      response
        .writeHead(200, { "content-type": "text/html" })
        .end('<!doctype html><title>elsewhere</title><script src="/neo4j.js"></script>');
    }
  });
  await new Promise<void>((resolve) => foreign.listen(0, "127.0.0.1", resolve));
  foreignUrl = `http://127.0.0.1:${(foreign.address() as { port: number }).port}/`;
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => foreign?.close(resolve));
  rmSync(outDir, { recursive: true, force: true });
});

describe("a page of another origin", () => {
  it("makes 20 wrong logins over Bolt's WebSocket, and the app, export and load still work at once", async () => {
    const page = await browser.browser.newPage();
    await page.goto(foreignUrl);
    const boltUri = testConnection().uri;
    const answers = await page.evaluate(async (uri) => {
      const { driver: makeDriver, auth } = (window as unknown as { neo4j: typeof Neo4jDriver }).neo4j;
      const out: string[] = [];
      for (let i = 0; i < 20; i++) {
        const driver = makeDriver(uri, auth.basic("neo4j", `guess-${i}`));
        try {
          await driver.verifyConnectivity();
          out.push("logged in");
        } catch (error) {
          out.push((error as Error).message);
        } finally {
          await driver.close();
        }
      }
      return out;
    }, boltUri);
    // Each attempt reached Neo4j and was refused for its password.
    expect(answers).toHaveLength(20);
    for (const answer of answers) expect(answer).toMatch(/authentication failure/i);

    const c = testConnection();
    const env = { NEO4J_URI: c.uri, NEO4J_USER: c.user, NEO4J_PASSWORD: c.password };
    // A fresh driver must log in now, like the app after a restart.
    const driver = testDriver();
    const app = await startAppServer(driver);
    try {
      const [health, exported, loaded] = await Promise.all([
        fetch(`${app.url}/api/health`),
        runCli(
          "export",
          ["--query", "RETURN 1 AS one", "--format", "json", "--out", join(outDir, "one.json")],
          env,
        ),
        runCli("load", [goitaDir], env),
      ]);
      expect(health.status).toBe(200);
      expect(exported.stderr).toBe("");
      expect(exported.code).toBe(0);
      expect(loaded.stderr).toBe("");
      expect(loaded.code).toBe(0);
    } finally {
      await app.stop();
      await driver.close();
    }
  });
});
