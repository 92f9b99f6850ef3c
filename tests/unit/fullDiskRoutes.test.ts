import { readFileSync, unlinkSync } from "node:fs";
import { join } from "node:path";
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ErrorBody } from "../../graph/contract/errorCodes.ts";
import { reviewListSchema } from "../../graph/contract/review.ts";
import type { Draft } from "../../graph/model/draft.ts";
import { buildServer } from "../../graph/server/app.ts";
import { HARBOUR_TEXT, listTree } from "../support/addFixtures.ts";
import { MemoryDatabase } from "../support/memoryDb.ts";
import { LAKE_SLUG, writeLakeFolder } from "../support/reviewFixture.ts";
import { fillDisk, mountSmallDisk } from "../support/smallDisk.ts";

const disk = mountSmallDisk(1024);
if (!disk.ok) console.log(`Skipping the full-disk routes: ${disk.reason}.`);

describe.skipIf(!disk.ok)("the write routes on a full disk", () => {
  const root = disk.ok ? join(disk.dir, "articles") : "";
  const db = new MemoryDatabase();
  let app: FastifyInstance;
  let filler = "";
  let dir = "";

  beforeAll(async () => {
    dir = writeLakeFolder(root);
    app = await buildServer({ db, articles: { dir: root, enabled: true } });
  });
  afterAll(async () => {
    await app?.close();
    if (disk.ok) disk.unmount();
  });

  async function post(path: string, body: unknown) {
    const answer = await app.inject({ method: "POST", url: path, payload: body as object });
    return { status: answer.statusCode, body: answer.json() as ErrorBody & Record<string, unknown> };
  }
  /** Every entry under the articles folder, with a file's bytes: hidden temporary files and folders count too. */
  const files = () =>
    Object.fromEntries(
      listTree(root).map((p) => [
        p,
        p.endsWith(".json") || p.endsWith(".txt") ? readFileSync(join(root, p), "utf8") : "(folder)",
      ]),
    );

  it("answers 507 with one sentence and keeps the saved draft, the annotation and the list as they were", async () => {
    const opened = (await app.inject({ method: "GET", url: `/api/articles/${LAKE_SLUG}/draft` })).json() as {
      version: string;
      draft: Draft;
    };
    const accepted: Draft = {
      ...opened.draft,
      entities: opened.draft.entities.map((e) => ({ ...e, status: "accepted" })),
      relations: opened.draft.relations.map((r) => ({ ...r, status: "accepted" })),
    };
    const saved = await post(`/api/articles/${LAKE_SLUG}/draft`, {
      baseVersion: opened.version,
      draft: accepted,
    });
    expect(saved.status).toBe(200);
    const before = files();
    filler = fillDisk(disk.ok ? disk.dir : "");

    const notes = { ...accepted, notes: ["A reviewer's long note. ".repeat(2000)] };
    const save = await post(`/api/articles/${LAKE_SLUG}/draft`, {
      baseVersion: saved.body.version,
      draft: notes,
    });
    expect(save).toEqual({
      status: 507,
      body: {
        error: {
          code: "disk_full",
          message: `The disk is full: ${LAKE_SLUG}/draft.json could not be written, and nothing was changed; free some space and try again.`,
        },
      },
    });

    const publish = await post(`/api/articles/${LAKE_SLUG}/publish`, { baseVersion: saved.body.version });
    expect(publish.status).toBe(507);
    expect(publish.body.error.message).toMatch(
      /^The disk is full: .*\/annotation\.json could not be written/,
    );
    expect(db.loaded).toEqual([]);

    const add = await post("/api/articles", { text: HARBOUR_TEXT, title: "Port Elsa signs a harbour deal" });
    expect(add.status).toBe(507);
    expect(add.body.error.code).toBe("disk_full");
    expect(add.body.error.message).not.toContain(disk.ok ? disk.dir : "");

    expect(files()).toEqual(before);
    const list = reviewListSchema.parse((await app.inject({ method: "GET", url: "/api/drafts" })).json());
    expect(list.articles.map((a) => a.slug)).toEqual([LAKE_SLUG]);
  });

  it("saves and publishes once there is room again", async () => {
    unlinkSync(filler);
    const opened = (await app.inject({ method: "GET", url: `/api/articles/${LAKE_SLUG}/draft` })).json() as {
      version: string;
    };
    const publish = await post(`/api/articles/${LAKE_SLUG}/publish`, { baseVersion: opened.version });
    expect(publish.status).toBe(200);
    expect(db.loaded).toEqual([dir]);
    expect(JSON.parse(readFileSync(join(dir, "annotation.json"), "utf8")).entities).toHaveLength(5);
  });
});
