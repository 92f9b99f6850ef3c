import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startAppServer } from "../support/appServer.ts";
import { testDriver } from "../support/db.ts";

let driver: Driver;
let server: { url: string; stop: () => Promise<void> };

beforeAll(async () => {
  driver = testDriver();
  server = await startAppServer(driver);
});

afterAll(async () => {
  await server?.stop();
  await driver?.close();
});

function expectSecurityHeaders(response: Response, what: string): void {
  const csp = response.headers.get("content-security-policy") ?? "";
  const directive = (name: string) =>
    csp
      .split(";")
      .map((d) => d.trim())
      .find((d) => d.startsWith(`${name} `));
  expect(directive("script-src"), what).toBe("script-src 'self'");
  expect(directive("frame-ancestors"), what).toBe("frame-ancestors 'none'");
  expect(directive("default-src"), what).toBe("default-src 'self'");
  expect(response.headers.get("x-content-type-options"), what).toBe("nosniff");
  expect(response.headers.get("referrer-policy"), what).toBe("no-referrer");
  expect(response.headers.get("x-frame-options"), what).toBe("DENY");
}

describe("every answer", () => {
  it("carries the security headers: the app page, the API, and each kind of error", async () => {
    const cases: [string, RequestInit, number][] = [
      ["/", {}, 200],
      ["/api/health", {}, 200],
      ["/api/no-such-route", {}, 404],
      ["/api/health", { headers: { origin: "http://elsewhere.example" } }, 403],
      ["/api/expand", { method: "POST", headers: { "content-type": "application/json" }, body: "{" }, 400],
      [`/api/nodes/${"x".repeat(150)}`, {}, 414],
      ["/api/nodes/%E0%A4%A", {}, 400],
    ];
    for (const [path, init, status] of cases) {
      const response = await fetch(`${server.url}${path}`, init);
      const what = `${init.method ?? "GET"} ${path.slice(0, 40)}`;
      expect(response.status, what).toBe(status);
      expectSecurityHeaders(response, what);
      if (status >= 400) {
        const body = (await response.json()) as { error?: { code?: unknown; message?: unknown } };
        expect(Object.keys(body), what).toEqual(["error"]);
        expect(typeof body.error?.code, what).toBe("string");
        expect(typeof body.error?.message, what).toBe("string");
      }
    }
  });

  it("answers a path segment over the length limit with 414 in the API's error shape", async () => {
    const response = await fetch(`${server.url}/api/nodes/${"4:abc:".repeat(30)}`);
    expect(response.status).toBe(414);
    expect(await response.json()).toEqual({
      error: {
        code: "uri_too_long",
        message: expect.stringMatching(
          /^A part of the path \/api\/nodes\/4:abc:.* is longer than the server accepts \(100 characters\)\.$/,
        ),
      },
    });
  });
});
