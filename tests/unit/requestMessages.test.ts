import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ErrorBody } from "../../graph/contract/errorCodes.ts";
import type { Draft } from "../../graph/model/draft.ts";
import { buildServer } from "../../graph/server/app.ts";
import { MemoryDatabase } from "../support/memoryDb.ts";
import { displayPath } from "../../graph/corpus/displayPath.ts";
import { LAKE_SLUG, LAKE_TEXT, writeLakeFolder } from "../support/reviewFixture.ts";

const root = mkdtempSync(join(tmpdir(), "dossier-messages-"));
let app: FastifyInstance;

beforeAll(async () => {
  writeLakeFolder(root);
  app = await buildServer({ db: new MemoryDatabase(), articles: { dir: root, enabled: true } });
});
afterAll(async () => {
  await app.close();
  rmSync(root, { recursive: true, force: true });
});

async function send(method: "GET" | "POST", url: string, payload?: string) {
  const answer = await app.inject({
    method,
    url,
    ...(payload === undefined ? {} : { payload, headers: { "content-type": "application/json" } }),
  });
  return { status: answer.statusCode, message: (answer.json() as ErrorBody).error.message };
}

async function openedDraft(): Promise<{ version: string; draft: Draft }> {
  return (await app.inject({ method: "GET", url: `/api/articles/${LAKE_SLUG}/draft` })).json();
}

/** zod's own phrases, which must never reach a user. */
const ZOD_WORDING = /Too small|Too big|Invalid input|expected .* to be|received undefined/;

describe("refusals of malformed requests, in our own words", () => {
  it("names the missing field of a body instead of zod's 'expected object, received undefined'", async () => {
    const { version } = await openedDraft();
    const answer = await send(
      "POST",
      `/api/articles/${LAKE_SLUG}/draft`,
      JSON.stringify({ baseVersion: version }),
    );
    expect(answer.status).toBe(400);
    expect(answer.message).toBe('Request body: field "draft" is required.');
  });

  it("names the field and the exact limit of a number below its minimum", async () => {
    const { version, draft } = await openedDraft();
    const first = draft.entities[0]!;
    const broken = {
      ...draft,
      entities: [{ ...first, mentions: [{ ...first.mentions[0]!, start: -1 }] }, ...draft.entities.slice(1)],
    };
    const answer = await send(
      "POST",
      `/api/articles/${LAKE_SLUG}/draft`,
      JSON.stringify({ baseVersion: version, draft: broken }),
    );
    expect(answer.status).toBe(400);
    expect(answer.message).toBe(
      'Request body: field "draft.entities[0].mentions[0].start" must be at least 0.',
    );
    expect(answer.message).not.toMatch(ZOD_WORDING);
  });

  it("says what type a field must be, and which values it may take", async () => {
    const notText = await send("POST", "/api/articles", JSON.stringify({ text: 42 }));
    expect(notText.message).toBe('Request body: field "text" must be a string (the pasted text).');
    const { version, draft } = await openedDraft();
    const badStatus = await send(
      "POST",
      `/api/articles/${LAKE_SLUG}/draft`,
      JSON.stringify({
        baseVersion: version,
        draft: { ...draft, relations: [{ ...draft.relations[0]!, status: "maybe" }] },
      }),
    );
    expect(badStatus.status).toBe(400);
    expect(badStatus.message).toMatch(
      /^Request body: field "draft\.relations\[0\]\.status" must be one of "suggested", /,
    );
    for (const m of [notText.message, badStatus.message]) expect(m).not.toMatch(ZOD_WORDING);
  });
});

describe("refusals of bodies fastify cannot take", () => {
  it("says that the key __proto__ is not accepted, and where, rather than 'not valid JSON'", async () => {
    const top = await send("POST", "/api/expand", '{"__proto__": {"admin": true}, "ids": []}');
    expect(top).toEqual({
      status: 400,
      message: 'Request body: the key "__proto__" is not accepted (at the top level).',
    });
    const inner = await send("POST", "/api/expand", '{"ids": [], "options": [{"__proto__": {}}]}');
    expect(inner.message).toBe('Request body: the key "__proto__" is not accepted (in field "options[0]").');
  });

  it("still calls malformed JSON malformed, with the place, and an empty body empty", async () => {
    const broken = await send("POST", "/api/expand", '{"ids": [}');
    expect(broken.status).toBe(400);
    expect(broken.message).toMatch(/^Request body is not valid JSON( \(at character \d+\))?\.$/);
    expect(await send("POST", "/api/expand", "")).toEqual({
      status: 400,
      message: "Request body is empty; send a JSON object.",
    });
  });

  it("gives the exact limit in a 413", async () => {
    const big = await send("POST", "/api/expand", JSON.stringify({ ids: ["x".repeat(1024 * 1024)] }));
    expect(big).toEqual({
      status: 413,
      message: "Request body is larger than the 1 MB (1,048,576 bytes) that POST /api/expand accepts.",
    });
    const article = await send(
      "POST",
      "/api/articles",
      JSON.stringify({ text: "y".repeat(8 * 1024 * 1024) }),
    );
    expect(article.status).toBe(413);
    expect(article.message).toMatch(
      /^Request body is larger than the 6\.\d MB \([\d,]+ bytes\) that POST \/api\/articles accepts\.$/,
    );
  });
});

describe("paths in refusals", () => {
  it("names an article folder outside the project by its folder and name, never by an absolute path", async () => {
    const duplicate = await send("POST", "/api/articles", JSON.stringify({ text: LAKE_TEXT }));
    expect(duplicate).toEqual({
      status: 409,
      message: `The same text is already in ${basename(root)}/${LAKE_SLUG}, so it was not added again.`,
    });
    expect(displayPath(join(root, LAKE_SLUG, "article.txt"))).toBe(`${LAKE_SLUG}/article.txt`);
    expect(displayPath(join(process.cwd(), "data", "articles"))).toBe("data/articles");
  });
});
