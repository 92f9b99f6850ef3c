import { brotliDecompressSync, gunzipSync } from "node:zlib";
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildServer } from "../../graph/server/app.ts";
import { MemoryDatabase } from "../support/memoryDb.ts";

let app: FastifyInstance;
beforeAll(async () => {
  app = await buildServer({ db: new MemoryDatabase() });
});
afterAll(() => app.close());

const get = (headers: Record<string, string>) =>
  app.inject({ method: "GET", url: "/api/openapi.json", headers: { host: "127.0.0.1", ...headers } });

describe("answers over the wire", () => {
  it("come compressed as the browser accepts them, and inflate to the same document", async () => {
    const plain = await get({});
    expect(plain.headers["content-encoding"]).toBeUndefined();
    const document = plain.json<{ openapi: string }>();
    expect(document.openapi).toBe("3.1.0");

    const br = await get({ "accept-encoding": "gzip, deflate, br, zstd" });
    expect(br.headers["content-encoding"]).toBe("br");
    expect(br.rawPayload.length).toBeLessThan(plain.rawPayload.length / 4);
    expect(JSON.parse(brotliDecompressSync(br.rawPayload).toString("utf8"))).toEqual(document);

    const gzip = await get({ "accept-encoding": "gzip" });
    expect(gzip.headers["content-encoding"]).toBe("gzip");
    expect(JSON.parse(gunzipSync(gzip.rawPayload).toString("utf8"))).toEqual(document);
  });

  it("leave request bodies as sent: a compressed body is refused, not inflated", async () => {
    const answer = await app.inject({
      method: "POST",
      url: "/api/expand",
      headers: { host: "127.0.0.1", "content-type": "application/json", "content-encoding": "gzip" },
      payload: Buffer.from([0x1f, 0x8b, 0x08, 0x00]),
    });
    expect(answer.statusCode).toBeGreaterThanOrEqual(400);
    expect(answer.statusCode).toBeLessThan(500);
  });
});
