import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ErrorBody } from "../../graph/contract/errorCodes.ts";
import type { DecisionsResponse } from "../../graph/contract/duplicates.ts";
import { draftAnnotation, draftSchema } from "../../graph/model/draft.ts";
import { decisionsPath } from "../../graph/resolve/decisionsFile.ts";
import { buildServer } from "../../graph/server/app.ts";
import { tempDir } from "../support/addFixtures.ts";
import { MemoryDatabase, driverError } from "../support/memoryDb.ts";
import { writeWagnerFolders } from "../support/wagnerFixture.ts";

// The decisions file lives beside the articles folder, so the folder gets a parent of its own.
const root = join(tempDir("duplicates-routes"), "articles");
const db = new MemoryDatabase();
let slugs: string[];
let app: FastifyInstance;
let remote: FastifyInstance;

beforeAll(async () => {
  slugs = writeWagnerFolders(root);
  // The first article is published: its annotation.json holds the draft's items.
  const dir = join(root, slugs[0]!);
  const draft = draftSchema.parse(JSON.parse(readFileSync(join(dir, "draft.json"), "utf8")));
  writeFileSync(join(dir, "annotation.json"), JSON.stringify(draftAnnotation(draft)));
  app = await buildServer({ db, articles: { dir: root, enabled: true } });
  remote = await buildServer({
    db,
    articles: { dir: root, enabled: false, offReason: "Writing articles is off on this address." },
  });
});
afterAll(async () => {
  await app.close();
  await remote.close();
});

async function post(path: string, body: unknown, server = app) {
  const answer = await server.inject({ method: "POST", url: path, payload: body as object });
  return { status: answer.statusCode, body: answer.json() as ErrorBody & DecisionsResponse };
}

const fileNow = () =>
  existsSync(decisionsPath(root)) ? readFileSync(decisionsPath(root), "utf8") : undefined;

describe("the duplicates routes", () => {
  it("refuse writes on a server that listens beyond this machine, writing nothing", async () => {
    const answer = await post("/api/duplicates/merge", { keep: "wagner-group", drop: "wagner" }, remote);
    expect([answer.status, answer.body.error.code]).toEqual([403, "writes_off"]);
    expect(existsSync(dirname(decisionsPath(root)))).toBe(false);
  });

  it("put the file back as it was when Neo4j cannot load the articles again", async () => {
    db.failWith(driverError("ServiceUnavailable"));
    const answer = await post("/api/duplicates/merge", { keep: "wagner-group", drop: "wagner" });
    db.failWith(undefined);
    expect(answer.status).toBe(503);
    expect(fileNow()).toBeUndefined();
  });

  it("merge, loading again in one call the published articles that name either id", async () => {
    const answer = await post("/api/duplicates/merge", { keep: "wagner-group", drop: "wagner" });
    expect(answer.status).toBe(200);
    expect(answer.body.reloaded).toEqual([slugs[0]]);
    expect(db.loaded.at(-1)).toBe(join(root, slugs[0]!));
    const listed = await app.inject({ method: "GET", url: "/api/duplicates/decisions" });
    expect(listed.json()).toEqual({ decisions: answer.body.decisions, reloaded: [] });
  });

  it("answer a bad limit with 400 naming the field", async () => {
    const answer = await app.inject({ method: "GET", url: "/api/duplicates?limit=0" });
    expect(answer.statusCode).toBe(400);
    expect((answer.json() as ErrorBody).error.message).toMatch(/limit/);
  });
});
