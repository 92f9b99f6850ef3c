import { request } from "node:http";
import { describe, expect, it } from "vitest";
import { useArticleStack } from "../support/articleStack.ts";

const stack = useArticleStack();

describe("the app's status bar", () => {
  it("shows the graph's counts from the real Neo4j", async () => {
    const { records } = await stack.driver.executeQuery(
      "MATCH (n) WITH count(n) AS nodes CALL () { MATCH ()-[r]->() RETURN count(r) AS rels } RETURN nodes, rels",
    );
    const nodes = Number(records[0]?.get("nodes"));
    const rels = Number(records[0]?.get("rels"));
    const page = await stack.browser.browser.newPage();
    await page.goto(stack.server.url);
    const status = page.getByRole("contentinfo", { name: "Status" });
    await expect
      .poll(() => status.innerText(), { timeout: 30_000 })
      .toContain(`Database: ${nodes.toLocaleString("en")} nodes, ${rels.toLocaleString("en")} relationships`);
    await page.close();
  });

  it("refuses API requests from another origin", async () => {
    const response = await fetch(`${stack.server.url}/api/health`, {
      headers: { origin: "http://evil.example" },
    });
    expect(response.status).toBe(403);
    // A DNS-rebinding page reaches 127.0.0.1 under its own host name.
    const { port } = new URL(stack.server.url);
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
