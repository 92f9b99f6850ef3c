import { cpSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { ArticleSummary } from "../../graph/contract/explorer.ts";
import type { ReviewDocument } from "../../graph/contract/review.ts";
import { loadArticles } from "../../graph/loader/load.ts";
import type { Draft } from "../../graph/model/draft.ts";
import { DATE_UNKNOWN_NOTE } from "../../graph/model/publishedDate.ts";
import { tempDir } from "../support/addFixtures.ts";
import { apiClient } from "../support/apiClient.ts";
import { startAppServer } from "../support/appServer.ts";
import { GOITA_SLUG, goitaDir } from "../support/articleFixture.ts";
import { runCli } from "../support/cli.ts";
import { clearDatabase, scalar, testDriver } from "../support/db.ts";

/** A report with no date anywhere: no page, no flag, and only a relative day in the text. */
const FERRY =
  "Ferry line to Lund reopens\n\nThe ferry between Malmo and Lund reopened on Tuesday, the operator Nordlink said.\n";
const SLUG = "undated-ferry-line-to-lund-reopens";

let driver: Driver;
let server: { url: string; stop: () => Promise<void> };
let api: ReturnType<typeof apiClient>;
const root = tempDir("undated");

beforeAll(async () => {
  driver = testDriver();
  await clearDatabase(driver);
  cpSync(goitaDir, join(root, GOITA_SLUG), { recursive: true });
  await loadArticles(driver, [join(root, GOITA_SLUG)]);
  server = await startAppServer(driver, { articles: { dir: root, enabled: true } });
  api = apiClient(server.url);
});
afterAll(async () => {
  await server.stop();
  await driver.close();
});

const path = (what: string) => `/api/articles/${SLUG}/${what}`;
const articles = async () => (await api.get<{ articles: ArticleSummary[] }>("/api/articles")).body.articles;
const reportedDays = async () =>
  (await api.get<{ report: { bin: string }[] }>("/api/timeline?unit=day")).body.report.map((b) => b.bin);
const meta = () => JSON.parse(readFileSync(join(root, SLUG, "meta.json"), "utf8")) as { published: unknown };

async function open(): Promise<ReviewDocument> {
  const answer = await api.get<ReviewDocument>(path("draft"));
  expect(answer.status).toBe(200);
  return answer.body;
}

async function publish(draft: Draft, baseVersion: string): Promise<void> {
  const saved = await api.post<{ version: string }>(path("draft"), { baseVersion, draft });
  expect(saved.status).toBe(200);
  const published = await api.post(path("publish"), { baseVersion: saved.body.version });
  expect(published.status).toBe(200);
}

const acceptAll = (draft: Draft): Draft => ({
  ...draft,
  entities: draft.entities.map((e) => ({ ...e, status: "accepted" })),
  relations: draft.relations.map((r) => ({ ...r, status: "accepted" })),
});

describe("an article whose date is unknown, through add, review and publish", () => {
  it("is added as date unknown, says so in one line, and leaves relative dates unresolved", async () => {
    const file = join(tempDir("undated-input"), "ferry.txt");
    writeFileSync(file, FERRY);
    const { uri, password } = inject("neo4j");
    const result = await runCli("add", [file], {
      NEO4J_URI: uri,
      NEO4J_PASSWORD: password,
      DOSSIER_ARTICLES: root,
      NLP_URL: inject("nlpUrl"),
    });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(DATE_UNKNOWN_NOTE);
    expect(result.stdout).toContain("(Unknown publisher, date unknown)");
    expect(readdirSync(root).sort()).toEqual([GOITA_SLUG, SLUG].sort());
    expect(meta().published).toBeNull();
    const draft = JSON.parse(readFileSync(join(root, SLUG, "draft.json"), "utf8")) as Draft;
    // "on Tuesday" is not read against the day of the add: no date value anywhere in the draft.
    expect(JSON.stringify(draft)).not.toMatch(/"date":/);
  });

  it("is listed for review as date unknown, after the dated article", async () => {
    const list = (await api.get<{ articles: { slug: string; published: string | null }[] }>("/api/drafts"))
      .body;
    expect(list.articles.map((a) => [a.slug, a.published])).toEqual([
      [GOITA_SLUG, "2025-06-23"],
      [SLUG, null],
    ]);
  });

  it("is published without a date: sorted after the dated ones and off the report-time axis", async () => {
    const daysBefore = await reportedDays();
    const { draft, version } = await open();
    await publish(acceptAll(draft), version);
    expect(await articles()).toMatchObject([
      { slug: GOITA_SLUG, published: "2025-06-23" },
      { slug: SLUG, published: null },
    ]);
    expect(
      await scalar<boolean>(driver, "MATCH (a:Article {slug: $slug}) RETURN a.published IS NULL", {
        slug: SLUG,
      }),
    ).toBe(true);
    expect(await reportedDays()).toEqual(daysBefore);
  });

  it("takes the date the reviewer sets, with the draft's version check, and is loaded with it", async () => {
    const { draft, version } = await open();
    const stale = await api.post(path("draft"), {
      baseVersion: "0000000000000000",
      draft: { ...draft, published: { date: "2026-01-15" } },
    });
    expect(stale.status).toBe(409);
    await publish({ ...draft, published: { date: "2026-01-15" } }, version);
    expect(meta().published).toEqual({ date: "2026-01-15" });
    expect((await open()).meta.published).toEqual({ date: "2026-01-15" });
    expect(await articles()).toMatchObject([
      { slug: SLUG, published: "2026-01-15" },
      { slug: GOITA_SLUG, published: "2025-06-23" },
    ]);
    expect(await reportedDays()).toContain("2026-01-15");
  });

  it("goes back to date unknown when the reviewer clears the date", async () => {
    const { draft, version } = await open();
    await publish({ ...draft, published: null }, version);
    expect(meta().published).toBeNull();
    expect((await articles()).map((a) => a.slug)).toEqual([GOITA_SLUG, SLUG]);
    expect(await reportedDays()).not.toContain("2026-01-15");
  });
});
