import { existsSync, mkdirSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ErrorBody } from "../../graph/contract/errorCodes.ts";
import { exampleGraph } from "../../graph/contract/examples.ts";
import type { VocabularyAnswer } from "../../graph/contract/vocabulary.ts";
import { buildServer } from "../../graph/server/app.ts";
import { MemoryDatabase } from "../support/memoryDb.ts";

/** data/ as a user has it: articles/ with vocabulary.json beside it. */
function dataDir(): { articles: string; file: string } {
  const data = mkdtempSync(join(tmpdir(), "vocabulary-api-"));
  const articles = join(data, "articles");
  mkdirSync(articles);
  return { articles, file: join(data, "vocabulary.json") };
}

const LOBBIES = { name: "LOBBIES", family: "support", description: "The subject lobbies the object." };

let open: FastifyInstance;
let closed: FastifyInstance;
const data = dataDir();
const closedData = dataDir();

beforeAll(async () => {
  const db = new MemoryDatabase(exampleGraph);
  open = await buildServer({ db, articles: { dir: data.articles, enabled: true } });
  closed = await buildServer({ db, articles: { dir: closedData.articles, enabled: false } });
});
afterAll(async () => {
  await open.close();
  await closed.close();
});

async function send(app: FastifyInstance, method: "GET" | "POST", payload?: object) {
  const answer = await app.inject({
    method,
    url: "/api/vocabulary",
    headers: { host: "127.0.0.1" },
    ...(payload ? { payload } : {}),
  });
  return { status: answer.statusCode, body: answer.json<unknown>() };
}

describe("/api/vocabulary", () => {
  it("lists the vocabulary by family, then adds a reviewer's type to data/vocabulary.json", async () => {
    const before = await send(open, "GET");
    expect(before.status).toBe(200);
    const vocabulary = before.body as VocabularyAnswer;
    expect(vocabulary.types.find((t) => t.name === "LEADS")).toMatchObject({
      family: "leadership",
      added: false,
    });
    expect(vocabulary.families[0]).toEqual({ id: "leadership", label: "Leadership" });

    const added = await send(open, "POST", LOBBIES);
    expect(added.status).toBe(200);
    expect((added.body as VocabularyAnswer).types.at(-1)).toEqual({ ...LOBBIES, sources: [], added: true });
    expect(JSON.parse(readFileSync(data.file, "utf8"))).toEqual({ additions: [LOBBIES] });
  });

  it("refuses a type already there, in the vocabulary or added, and a name that is not UPPER_SNAKE_CASE", async () => {
    const again = await send(open, "POST", LOBBIES);
    expect(again.status).toBe(409);
    expect((again.body as ErrorBody).error.message).toBe(
      "LOBBIES is already among the added types of data/vocabulary.json.",
    );
    const builtIn = await send(open, "POST", { ...LOBBIES, name: "LEADS" });
    expect(builtIn.status).toBe(400);
    expect((builtIn.body as ErrorBody).error.message).toContain("is already in the vocabulary");
    expect((await send(open, "POST", { ...LOBBIES, name: "lobbies hard" })).status).toBe(400);
    expect(JSON.parse(readFileSync(data.file, "utf8"))).toEqual({ additions: [LOBBIES] });
  });

  it("refuses the write when writes are off, as for every other write, and writes nothing", async () => {
    const refused = await send(closed, "POST", LOBBIES);
    expect(refused.status).toBe(403);
    expect(existsSync(closedData.file)).toBe(false);
  });
});
