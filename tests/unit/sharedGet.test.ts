import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sharedGet } from "../../app/src/shell/connection/sharedGet.ts";

/** A server that counts the requests it gets and answers when told to. */
let requests = 0;
let closed = 0;
let waiting: ServerResponse[] = [];
const server = createServer((request: IncomingMessage, response: ServerResponse) => {
  requests += 1;
  request.on("close", () => {
    if (!response.writableEnded) closed += 1;
  });
  waiting.push(response);
});
let url: string;

function answerAll(): void {
  for (const response of waiting) {
    response.writeHead(200, { "content-type": "application/json" });
    response.end(JSON.stringify({ articles: [] }));
  }
  waiting = [];
}

async function until(condition: () => boolean): Promise<void> {
  while (!condition()) await new Promise((done) => setImmediate(done));
}

beforeAll(async () => {
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/articles`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise<void>((done) => server.close(() => done()));
});

describe("a GET that panels ask for at once", () => {
  it("is one request with one answer for all, and a later ask asks again", async () => {
    const before = requests;
    const a = sharedGet<"articles">("0 a", url);
    const b = sharedGet<"articles">("0 a", url);
    await until(() => waiting.length === 1);
    answerAll();
    expect(await a.promise).toEqual({ articles: [] });
    expect(await b.promise).toEqual({ articles: [] });
    expect(requests - before).toBe(1);
    a.release();
    b.release();

    const c = sharedGet<"articles">("0 a", url);
    await until(() => waiting.length === 1);
    answerAll();
    await c.promise;
    c.release();
    expect(requests - before).toBe(2);
  });

  it("goes on while one asker still waits, and is cancelled once none does", async () => {
    const a = sharedGet<"articles">("0 b", url);
    const b = sharedGet<"articles">("0 b", url);
    await until(() => waiting.length === 1);
    a.release();
    expect(closed).toBe(0);
    b.release();
    await expect(b.promise).rejects.toMatchObject({ name: "AbortError" });
    await until(() => closed === 1);
    waiting = [];
  });
});
