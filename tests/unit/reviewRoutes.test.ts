import { existsSync, readFileSync, symlinkSync } from "node:fs";
import { join } from "node:path";
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ErrorBody } from "../../graph/contract/errorCodes.ts";
import { type ReviewDocument, reviewListSchema } from "../../graph/contract/review.ts";
import { annotationSchema } from "../../graph/model/annotation.ts";
import type { Draft } from "../../graph/model/draft.ts";
import { buildServer } from "../../graph/server/app.ts";
import { listTree, tempDir } from "../support/addFixtures.ts";
import { MemoryDatabase, driverError } from "../support/memoryDb.ts";
import { LAKE_SLUG, LAKE_TEXT, lakeDraft, writeLakeFolder } from "../support/reviewFixture.ts";

const root = tempDir("review-routes");
const dir = writeLakeFolder(root);
const db = new MemoryDatabase();
let app: FastifyInstance;
let remote: FastifyInstance;

beforeAll(async () => {
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

const draftPath = `/api/articles/${LAKE_SLUG}/draft`;

async function post(path: string, body: unknown, server = app) {
  const answer = await server.inject({ method: "POST", url: path, payload: body as object });
  return { status: answer.statusCode, body: answer.json() as ErrorBody & Record<string, unknown> };
}

async function open(): Promise<ReviewDocument> {
  const answer = await app.inject({ method: "GET", url: draftPath });
  expect(answer.statusCode).toBe(200);
  return answer.json();
}

/** Every file under the articles folder with its bytes: equal snapshots mean nothing changed on disk. */
function snapshot(): Record<string, string> {
  return Object.fromEntries(
    listTree(root)
      .filter((p) => p.includes("."))
      .map((p) => [p, readFileSync(join(root, p), "utf8")]),
  );
}

async function refusedWithoutChange(path: string, body: unknown, status: number, message: RegExp) {
  const before = snapshot();
  const answer = await post(path, body);
  expect(answer.status).toBe(status);
  expect(answer.body.error.message).toMatch(message);
  expect(snapshot()).toEqual(before);
  return answer.body.error;
}

describe("the Annotate view's routes", () => {
  it("lists the folder and opens its draft at a version", async () => {
    const list = reviewListSchema.parse((await app.inject({ method: "GET", url: "/api/drafts" })).json());
    expect(list.articles).toEqual([
      expect.objectContaining({
        slug: LAKE_SLUG,
        state: "draft",
        counts: { suggested: 8, accepted: 0, rejected: 0 },
      }),
    ]);
    const document = await open();
    expect(document.text).toBe(LAKE_TEXT);
    expect(document.version).toMatch(/^[0-9a-f]{16}$/);
    expect(document.draft.entities.map((e) => e.id)).toEqual([
      "talvia",
      "lake-mora",
      "oren-hale",
      "kestrel-works",
      "mali",
    ]);
  });

  it("saves a draft based on the current version, and refuses one based on an older version with both", async () => {
    const first = await open();
    const accepted: Draft = {
      ...first.draft,
      entities: first.draft.entities.map((e) => ({ ...e, status: "accepted" })),
    };
    const saved = await post(draftPath, { baseVersion: first.version, draft: accepted });
    expect(saved.status).toBe(200);
    expect(saved.body.version).not.toBe(first.version);
    expect(JSON.parse(readFileSync(join(dir, "draft.json"), "utf8")).entities[0].status).toBe("accepted");

    const stale = await refusedWithoutChange(
      draftPath,
      { baseVersion: first.version, draft: first.draft },
      409,
      /saved elsewhere/,
    );
    expect(stale.code).toBe("conflict");
    expect(stale.conflict?.version).toBe(saved.body.version);
    expect(stale.conflict?.draft.entities[0]?.status).toBe("accepted");
  });

  it("refuses a span that is not the text at its offsets, or a quote that is not its span, naming the item", async () => {
    const { draft, version } = await open();
    const [talvia, ...rest] = draft.entities;
    const shifted = { ...talvia!, mentions: [{ start: 5, end: 11, text: "Talvia" }] };
    await refusedWithoutChange(
      draftPath,
      { baseVersion: version, draft: { ...draft, entities: [shifted, ...rest] } },
      400,
      /^entities "talvia": mention 1 says "Talvia" but the text at 5–11 is " plant"/,
    );
    const [relation, ...others] = draft.relations;
    const retyped = { ...relation!, evidence: ["Minister Oren Hale said so"] };
    await refusedWithoutChange(
      draftPath,
      { baseVersion: version, draft: { ...draft, relations: [retyped, ...others] } },
      400,
      /^relations "oren-hale-minister-of-talvia": evidence quote 1 is not the text of its span/,
    );
    const beyond = {
      ...talvia!,
      mentions: [{ start: LAKE_TEXT.length, end: LAKE_TEXT.length + 3, text: "abc" }],
    };
    await refusedWithoutChange(
      draftPath,
      { baseVersion: version, draft: { ...draft, entities: [beyond, ...rest] } },
      400,
      /after the end of the text/,
    );
  });

  it("refuses slugs and folders that lead outside the articles folder, writing nothing", async () => {
    const { draft } = await open();
    // A bare or encoded ".." segment is resolved away by URL normalisation before any route sees it.
    for (const slug of ["..%2f..%2fetc", "%2Fetc%2Fpasswd", "a%00b", "..%2f..%2fetc", "%2Fetc", "Lake"]) {
      await refusedWithoutChange(
        `/api/articles/${slug}/draft`,
        { baseVersion: "none", draft },
        400,
        /article folder name/,
      );
    }
    const outside = tempDir("review-outside");
    writeLakeFolder(outside);
    symlinkSync(join(outside, LAKE_SLUG), join(root, "linked-folder"));
    await refusedWithoutChange(
      "/api/articles/linked-folder/draft",
      { baseVersion: "none", draft },
      400,
      /symbolic link/,
    );
    expect(existsSync(join(outside, LAKE_SLUG, "annotation.json"))).toBe(false);
    expect((await app.inject({ method: "GET", url: "/api/articles/no-such-article/draft" })).statusCode).toBe(
      404,
    );
  });

  it("keeps the write routes off where the operator did not allow them, and takes JSON only", async () => {
    const before = snapshot();
    const off = await post(draftPath, { baseVersion: "none", draft: lakeDraft() }, remote);
    expect(off.status).toBe(403);
    expect(off.body.error).toEqual({
      code: "writes_off",
      message: "Writing articles is off on this address.",
    });
    const form = await app.inject({
      method: "POST",
      url: `/api/articles/${LAKE_SLUG}/publish`,
      headers: { "content-type": "application/x-www-form-urlencoded" },
      payload: "baseVersion=none",
    });
    expect(form.statusCode).toBe(415);
    const huge = { baseVersion: "none", draft: { ...lakeDraft(), notes: ["x".repeat(17 * 1024 * 1024)] } };
    const tooLarge = await post(draftPath, huge);
    expect(tooLarge.status).toBe(413);
    expect(snapshot()).toEqual(before);
  });

  it("refuses to publish a draft with problems, naming each item", async () => {
    const { draft, version } = await open();
    // Oren Hale is rejected but his relation accepted: the relation would be lost silently.
    const withDangling: Draft = {
      ...draft,
      entities: draft.entities.map((e) => ({ ...e, status: e.id === "oren-hale" ? "rejected" : "accepted" })),
      relations: draft.relations.map((r) => ({ ...r, status: "accepted" })),
    };
    const saved = await post(draftPath, { baseVersion: version, draft: withDangling });
    const refused = await refusedWithoutChange(
      `/api/articles/${LAKE_SLUG}/publish`,
      { baseVersion: saved.body.version },
      422,
      /^The draft has 1 problem, so nothing was published; the first: relations "oren-hale-minister-of-talvia": its subject "oren-hale" is not an accepted entity/,
    );
    expect(refused.problems).toEqual([
      {
        item: 'relations "oren-hale-minister-of-talvia"',
        message: expect.stringContaining("reject this relation"),
      },
    ]);
    expect(db.loaded).toEqual([]);
  });

  it("publishes the accepted items atomically, and puts annotation.json back when loading fails", async () => {
    const { draft, version } = await open();
    const reviewed: Draft = {
      ...draft,
      relations: draft.relations.map((r) => ({
        ...r,
        status: r.id === "oren-hale-minister-of-talvia" ? "rejected" : "accepted",
      })),
    };
    const saved = await post(draftPath, { baseVersion: version, draft: reviewed });
    db.failWith(driverError("ServiceUnavailable"));
    await refusedWithoutChange(
      `/api/articles/${LAKE_SLUG}/publish`,
      { baseVersion: saved.body.version },
      503,
      /not reachable/,
    );
    expect(existsSync(join(dir, "annotation.json"))).toBe(false);
    db.failWith(undefined);

    const published = await post(`/api/articles/${LAKE_SLUG}/publish`, { baseVersion: saved.body.version });
    expect(published.status).toBe(200);
    expect(published.body).toEqual({
      slug: LAKE_SLUG,
      version: saved.body.version,
      entities: 4,
      relations: 2,
      // No watch is kept in this folder: the check after the publish raises nothing.
      watches: { alerts: 0, warnings: [] },
    });
    expect(db.loaded).toEqual([dir]);
    const annotation = annotationSchema.parse(JSON.parse(readFileSync(join(dir, "annotation.json"), "utf8")));
    expect(annotation.entities.map((e) => e.id)).toEqual(["talvia", "lake-mora", "kestrel-works", "mali"]);
    expect(annotation.relations.map((r) => r.evidence)).toEqual([
      ["Kestrel Works, a company based in Mali"],
      ["opened a water plant on Lake Mora"],
    ]);
    expect((await open()).state).toBe("published");
  });
});

describe("the language the reviewer corrects", () => {
  it("is saved with the draft and goes to meta.json on publish", async () => {
    const frRoot = tempDir("review-language");
    const frDir = writeLakeFolder(frRoot);
    const server = await buildServer({ db: new MemoryDatabase(), articles: { dir: frRoot, enabled: true } });
    try {
      const path = `/api/articles/${LAKE_SLUG}/draft`;
      const opened = (await server.inject({ method: "GET", url: path })).json() as ReviewDocument;
      expect(opened.meta.language).toBe("en");
      const draft: Draft = {
        ...opened.draft,
        language: "fr",
        entities: opened.draft.entities.map((e) => ({ ...e, status: "accepted" })),
        relations: opened.draft.relations.map((r) => ({
          ...r,
          status: r.id === "oren-hale-minister-of-talvia" ? "rejected" : "accepted",
        })),
      };
      const saved = await post(path, { baseVersion: opened.version, draft }, server);
      expect(saved.status).toBe(200);
      const reopened = (await server.inject({ method: "GET", url: path })).json() as ReviewDocument;
      expect(reopened.draft.language).toBe("fr");
      const published = await post(
        `/api/articles/${LAKE_SLUG}/publish`,
        { baseVersion: saved.body.version },
        server,
      );
      expect(published.body.error?.message).toBeUndefined();
      expect(published.status).toBe(200);
      expect(JSON.parse(readFileSync(join(frDir, "meta.json"), "utf8")).language).toBe("fr");
    } finally {
      await server.close();
    }
  });

  it("is refused when it is not a language tag, naming the field, and nothing is saved", async () => {
    const { draft, version } = await open();
    const answer = await post(draftPath, { baseVersion: version, draft: { ...draft, language: "French!" } });
    expect(answer.status).toBe(400);
    expect(answer.body.error.message).toMatch(/language/);
  });
});
