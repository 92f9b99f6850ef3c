import { spawnSync } from "node:child_process";
import { mkdirSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ErrorBody } from "../../graph/contract/errorCodes.ts";
import { reviewListSchema } from "../../graph/contract/review.ts";
import { ValidationError } from "../../graph/loader/problems.ts";
import { readArticle } from "../../graph/loader/read.ts";
import { buildServer } from "../../graph/server/app.ts";
import { HARBOUR_TEXT, tempDir } from "../support/addFixtures.ts";
import { MemoryDatabase } from "../support/memoryDb.ts";
import { LAKE_SLUG, writeLakeFolder } from "../support/reviewFixture.ts";

/** Text of a file outside the articles folder that a link inside it points to. */
const OUTSIDE_TEXT = "A private note kept outside the articles folder, never to be read through a link.\n";

const root = tempDir("special-files");
const outside = tempDir("special-files-outside");
const db = new MemoryDatabase();
let app: FastifyInstance;

beforeAll(async () => {
  writeLakeFolder(root);
  writeFileSync(join(outside, "note.txt"), OUTSIDE_TEXT);
  writeFileSync(join(outside, "meta.json"), `{"secret": "${OUTSIDE_TEXT.trim()}"}`);
  mkdirSync(join(root, "2026-01-01-pipe"));
  expect(spawnSync("mkfifo", [join(root, "2026-01-01-pipe", "article.txt")]).status).toBe(0);
  mkdirSync(join(root, "2026-01-02-folder", "article.txt"), { recursive: true });
  mkdirSync(join(root, "2026-01-03-link"));
  symlinkSync(join(outside, "note.txt"), join(root, "2026-01-03-link", "article.txt"));
  app = await buildServer({ db, articles: { dir: root, enabled: true } });
});
afterAll(async () => {
  await app.close();
});

async function post(path: string, body: unknown) {
  const answer = await app.inject({ method: "POST", url: path, payload: body as object });
  return { status: answer.statusCode, body: answer.json() as ErrorBody & Record<string, unknown> };
}

describe("special files in article folders", () => {
  it("leaves a pipe, a folder or a link named article.txt out of the drafts list, without hanging", async () => {
    const list = await app.inject({ method: "GET", url: "/api/drafts" });
    expect(list.statusCode).toBe(200);
    expect(reviewListSchema.parse(list.json()).articles.map((a) => a.slug)).toEqual([LAKE_SLUG]);
  });

  it("refuses to open each of them with a sentence naming what it is", async () => {
    const expected: Record<string, string> = {
      "2026-01-01-pipe": "named pipe",
      "2026-01-02-folder": "folder",
      "2026-01-03-link": "symbolic link",
    };
    for (const [slug, kind] of Object.entries(expected)) {
      const answer = await app.inject({ method: "GET", url: `/api/articles/${slug}/draft` });
      expect(answer.statusCode, slug).toBe(400);
      expect((answer.json() as ErrorBody).error.message).toBe(
        `The file ${slug}/article.txt is a ${kind}; Dossier reads and writes only plain files and folders there, and follows no link.`,
      );
    }
  });

  it("adds articles beside them, and a link's target never counts as a text already there", async () => {
    const secretGuess = await post("/api/articles", { text: OUTSIDE_TEXT, title: "A guess" });
    expect(secretGuess.status).toBe(201);
    const other = await post("/api/articles", {
      text: HARBOUR_TEXT,
      title: "Port Elsa signs a harbour deal",
    });
    expect(other.status).toBe(201);
    expect((await app.inject({ method: "GET", url: "/api/health" })).statusCode).toBeLessThan(500);
  });

  it("makes the loader refuse a linked meta.json without reading what it points to", () => {
    const dir = writeLakeFolder(tempDir("special-files-loader"));
    const meta = join(dir, "meta.json");
    spawnSync("rm", [meta]);
    symlinkSync(join(outside, "meta.json"), meta);
    let error: unknown;
    try {
      readArticle(dir);
    } catch (thrown) {
      error = thrown;
    }
    expect(error).toBeInstanceOf(ValidationError);
    const problems = (error as ValidationError).problems;
    expect(problems).toContainEqual(
      expect.objectContaining({
        entry: "",
        message: "is a symbolic link, not a plain file; Dossier reads only plain files in article folders.",
      }),
    );
    expect(JSON.stringify(problems)).not.toContain("private note");
  });
});
