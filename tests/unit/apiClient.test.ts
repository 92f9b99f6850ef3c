import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ApiError, apiGet, apiPost, onApiFailure } from "../../app/src/api.ts";
import { exampleGraph } from "../../graph/contract/examples.ts";
import { QueryError } from "../../graph/query/queryError.ts";
import { buildServer } from "../../graph/server/app.ts";
import { listen } from "../../graph/server/listen.ts";
import { freePort } from "../support/freePort.ts";
import { MemoryDatabase, driverError } from "../support/memoryDb.ts";

/** The browser's API client against the real server (in-memory database) on a local port. */
const db = new MemoryDatabase(exampleGraph, (query) => {
  if (query.includes("LIMT")) {
    throw new QueryError(400, "syntax", "Invalid input 'LIMT' (line 2, column 10)", {
      line: 2,
      column: 10,
      offset: 19,
    });
  }
  return { queryType: "r", operators: [] };
});
let app: FastifyInstance;
let url: string;

beforeAll(async () => {
  app = await buildServer({ db });
  url = await listen(app, "127.0.0.1", 0);
});
afterAll(() => app.close());

/** Every failure the client tells its listeners about while `work` runs. */
async function heard(work: () => Promise<unknown>): Promise<{ error: unknown; told: ApiError[] }> {
  const told: ApiError[] = [];
  const stop = onApiFailure((e) => told.push(e));
  try {
    await work();
    return { error: undefined, told };
  } catch (error) {
    return { error, told };
  } finally {
    stop();
  }
}

describe("the browser's API client", () => {
  it("returns the answer, and tells no one when all is well", async () => {
    const { error, told } = await heard(() => apiGet<"health">(`${url}/api/health`));
    expect(error).toBeUndefined();
    expect(told).toEqual([]);
  });

  it("tells the connection about an outage of Neo4j, with the server's sentence", async () => {
    db.failWith(driverError("ServiceUnavailable"));
    try {
      const { error, told } = await heard(() => apiGet<"search">(`${url}/api/search?q=mali`));
      expect(error).toBeInstanceOf(ApiError);
      expect(told).toEqual([error]);
      expect(told[0]?.status).toBe(503);
      expect(told[0]?.message).toBe("Neo4j is not reachable right now; try again in a moment.");
    } finally {
      db.failWith(undefined);
    }
  });

  it("tells it about a server that cannot be reached", async () => {
    const closed = `http://127.0.0.1:${await freePort()}`;
    const { told } = await heard(() => apiGet<"health">(`${closed}/api/health`));
    expect(told.map((e) => [e.status, e.code, e.message])).toEqual([
      [0, "network", "The Dossier server cannot be reached."],
    ]);
  });

  it("carries a workbench failure's position, through the same path", async () => {
    const check = `${url}/api/query/check` as "/api/query/check";
    const { error, told } = await heard(() =>
      apiPost<"queryCheck">(check, { query: "MATCH (n)\nRETURN n LIMT 5" }),
    );
    expect(told).toEqual([error]);
    expect(error).toMatchObject({
      status: 400,
      code: "syntax",
      position: { line: 2, column: 10, offset: 19 },
    });
  });
});
