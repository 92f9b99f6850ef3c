import { cpSync } from "node:fs";
import { join } from "node:path";
import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { PublishResponse, ReviewDocument } from "../../graph/contract/review.ts";
import { loadArticles } from "../../graph/loader/load.ts";
import type { Draft } from "../../graph/model/draft.ts";
import { tempDir } from "../support/addFixtures.ts";
import { type ErrorAnswer, apiClient } from "../support/apiClient.ts";
import { startAppServer } from "../support/appServer.ts";
import { GOITA_SLUG, goitaDir } from "../support/articleFixture.ts";
import { canonicalDump, clearDatabase, scalar, testDriver } from "../support/db.ts";
import { LAKE_SLUG, writeLakeFolder } from "../support/reviewFixture.ts";

let driver: Driver;
let server: { url: string; stop: () => Promise<void> };
let api: ReturnType<typeof apiClient>;
const root = tempDir("publish");

beforeAll(async () => {
  driver = testDriver();
  await clearDatabase(driver);
  cpSync(goitaDir, join(root, GOITA_SLUG), { recursive: true });
  await loadArticles(driver, [join(root, GOITA_SLUG)]);
  writeLakeFolder(root);
  const nlpUrl = inject("nlpUrl");
  server = await startAppServer(driver, {
    articles: { dir: root, enabled: true },
    nlpUrl: async () => nlpUrl,
  });
  api = apiClient(server.url);
});
afterAll(async () => {
  await server.stop();
  await driver.close();
});

const path = (what: string) => `/api/articles/${LAKE_SLUG}/${what}`;

async function open(): Promise<ReviewDocument> {
  const answer = await api.get<ReviewDocument>(path("draft"));
  expect(answer.status).toBe(200);
  return answer.body;
}

async function save(draft: Draft, baseVersion: string): Promise<string> {
  const answer = await api.post<{ version: string }>(path("draft"), { baseVersion, draft });
  expect(answer.status).toBe(200);
  return answer.body.version;
}

function reviewed(draft: Draft, rejected: readonly string[]): Draft {
  const status = (id: string) => (rejected.includes(id) ? "rejected" : "accepted");
  return {
    ...draft,
    entities: draft.entities.map((e) => ({ ...e, status: status(e.id) })),
    relations: draft.relations.map((r) => ({ ...r, status: status(r.id) })),
  };
}

/** Articles whose sentences mention the entity, by slug. */
async function articlesMentioning(id: string): Promise<string[]> {
  const { records } = await driver.executeQuery(
    "MATCH (a:Article)-[:HAS_SENTENCE]->(:Sentence)-[:MENTIONS]->(:Entity {id: $id}) RETURN DISTINCT a.slug AS slug ORDER BY slug",
    { id },
  );
  return records.map((r) => r.get("slug") as string);
}

const health = async () => (await api.get<{ counts: { nodes: number } }>("/api/health")).body.counts;
const reportedDays = async () =>
  (await api.get<{ report: { bin: string }[] }>("/api/timeline?unit=day")).body.report.map((b) => b.bin);

const seedRelations = () =>
  scalar<number>(driver, "MATCH ()-[r]->() WHERE r.article = $slug RETURN count(r)", { slug: GOITA_SLUG });

describe("publishing a reviewed draft into Neo4j", () => {
  it("refuses a draft with problems and leaves the graph as it was", async () => {
    const { draft, version } = await open();
    const before = await canonicalDump(driver);
    const dangling = reviewed(draft, ["oren-hale"]);
    const saved = await save(dangling, version);
    const answer = await api.post<ErrorAnswer>(path("publish"), { baseVersion: saved });
    expect(answer.status).toBe(422);
    expect(await canonicalDump(driver)).toBe(before);
  });

  it("writes the accepted items, shares Mali with the seed article, and keeps the selected quote as evidence", async () => {
    const { draft, version } = await open();
    const seedBefore = await seedRelations();
    const nodesBefore = (await health()).nodes;
    expect(await reportedDays()).toEqual(["2025-06-23"]);
    const saved = await save(reviewed(draft, ["talvia-opened-lake-mora"]), version);
    const answer = await api.post<PublishResponse>(path("publish"), { baseVersion: saved });
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({ entities: 5, relations: 2 });
    // The counts and the timeline, which the server shares between requests, show it at once.
    expect((await health()).nodes).toBeGreaterThan(nodesBefore);
    expect(await reportedDays()).toEqual(["2025-06-23", "2026-05-03"]);

    const search = await api.get<{ hits: { node: { properties: { id: string } } }[] }>(
      "/api/search?q=kestrel",
    );
    expect(search.body.hits.map((h) => h.node.properties.id)).toContain("kestrel-works");
    const evidence = await scalar<string[]>(
      driver,
      "MATCH (:Entity {id: 'kestrel-works'})-[r:BASED_IN]->(:Entity {id: 'mali'}) RETURN r.evidence",
    );
    expect(evidence).toEqual(["Kestrel Works, a company based in Mali"]);
    expect(await articlesMentioning("mali")).toEqual([GOITA_SLUG, LAKE_SLUG]);
    expect(await seedRelations()).toBe(seedBefore);
  });

  it("replaces only this article's part when it is published again", async () => {
    const seedDump = async () =>
      (await canonicalDump(driver))
        .split("\n")
        .filter((line) => line.includes(GOITA_SLUG))
        .join("\n");
    const seedBefore = await seedDump();
    const { draft, version } = await open();
    const saved = await save(
      reviewed(draft, ["talvia-opened-lake-mora", "kestrel-works-based-in-mali"]),
      version,
    );
    expect((await api.post<PublishResponse>(path("publish"), { baseVersion: saved })).status).toBe(200);
    expect(
      await scalar<number>(driver, "MATCH (:Entity {id: 'kestrel-works'})-[r:BASED_IN]->() RETURN count(r)"),
    ).toBe(0);
    expect(await scalar<number>(driver, "MATCH ()-[r:MINISTER_OF]->() RETURN count(r)")).toBe(1);
    expect(await seedDump()).toBe(seedBefore);
  });

  it("does not bring back a rejected suggestion when the engine runs again", async () => {
    const { draft, version } = await open();
    const saved = await save(reviewed(draft, ["lake-mora"]), version);
    const again = await api.post<ReviewDocument>(path("suggest"), { baseVersion: saved });
    expect(again.status).toBe(200);
    const lake = draft.entities.find((e) => e.id === "lake-mora")!.mentions[0]!;
    const covering = again.body.draft.entities.filter((e) =>
      e.mentions.some((m) => m.start < lake.end && lake.start < m.end),
    );
    expect(covering.map((e) => [e.id, e.status])).toEqual([["lake-mora", "rejected"]]);
    expect(again.body.draft.relations.filter((r) => r.from === "lake-mora" || r.to === "lake-mora")).toEqual(
      draft.relations
        .filter((r) => r.from === "lake-mora" || r.to === "lake-mora")
        .map((r) => ({ ...r, status: "accepted" })),
    );
    expect(again.body.version).not.toBe(saved);
  });
});
