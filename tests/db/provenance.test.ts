import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { z } from "zod";
import type {
  ArticleText,
  ExpandResponse,
  RelationshipDetails,
  articlesResponseSchema,
} from "../../graph/contract/explorer.ts";
import type { GraphJson } from "../../graph/model/graphJson.ts";
import { loadArticles } from "../../graph/loader/load.ts";
import { reconcileArticles } from "../../graph/loader/reconcile.ts";
import { apiClient } from "../support/apiClient.ts";
import { startAppServer } from "../support/appServer.ts";
import { clearDatabase, testDriver } from "../support/db.ts";
import { PROVENANCE_SLUGS, writeProvenanceCorpus } from "../support/provenanceCorpus.ts";

type ArticlesResponse = z.infer<typeof articlesResponseSchema>;

let driver: Driver;
let server: { url: string; stop: () => Promise<void> };
let api: ReturnType<typeof apiClient>;
const corpus = writeProvenanceCorpus();

/** The element id of one of the statements of the fact, asked of Neo4j directly. */
async function factId(): Promise<string> {
  const { records } = await driver.executeQuery(
    "MATCH (:Entity {id: 'freedonia'})-[r:RELEASED_WATER_FROM]->(:Entity {id: 'tarvel-dam'}) RETURN elementId(r) AS id LIMIT 1",
  );
  return records[0]!.get("id") as string;
}

async function fact(): Promise<RelationshipDetails> {
  const { status, body } = await api.get<RelationshipDetails>(
    `/api/relationships/${encodeURIComponent(await factId())}`,
  );
  expect(status).toBe(200);
  return body;
}

beforeAll(async () => {
  driver = testDriver();
  await clearDatabase(driver);
  await loadArticles(driver, corpus.dirs);
  server = await startAppServer(driver);
  api = apiClient(server.url);
});

afterAll(async () => {
  await server?.stop();
  await driver?.close();
  rmSync(corpus.root, { recursive: true, force: true });
});

describe("counting independent sources", () => {
  it("counts an AP dispatch and its reprint once: 3 articles, 2 sources", async () => {
    const { corroboration, sources } = await fact();
    expect(corroboration).toEqual({ statements: 3, articles: 3, outlets: 3, sources: 2 });
    expect(sources.map((s) => [s.origin, s.label, s.articles.map((a) => a.slug)])).toEqual([
      ["wire:AP", "AP", [PROVENANCE_SLUGS.ap, PROVENANCE_SLUGS.site]],
      ["outlet:courier", "The Courier", [PROVENANCE_SLUGS.courier]],
    ]);
    expect(sources[0]!.articles[1]!.reprintOf).toBe(PROVENANCE_SLUGS.ap);
  });

  it("gives the fact's edge its counts in the expand answer, and each statement in the exports' elements", async () => {
    const { records } = await driver.executeQuery(
      "MATCH (f:Entity {id: 'freedonia'}) RETURN elementId(f) AS id",
    );
    const expanded = await api.post<ExpandResponse>("/api/expand", { ids: [records[0]!.get("id")] });
    expect(expanded.status).toBe(200);
    const edges = expanded.body.graph.relationships.filter((r) => r.type === "RELEASED_WATER_FROM");
    expect(edges.map((r) => [r.statements, r.articles, r.sources])).toEqual([[3, 3, 2]]);
    const elements = await api.post<GraphJson>("/api/graph/elements", {
      nodeIds: [],
      relationshipIds: [edges[0]!.id],
      statements: true,
    });
    expect(elements.body.relationships.map((r) => [r.articles, r.sources])).toEqual([
      [3, 2],
      [3, 2],
      [3, 2],
    ]);
  });

  it("lists each article with its wire credit and the original it reprints", async () => {
    const { body } = await api.get<ArticlesResponse>("/api/articles");
    const bySlug = new Map(body.articles.map((a) => [a.slug, a]));
    expect(bySlug.get(PROVENANCE_SLUGS.ap)).toMatchObject({ wire: "AP", reprintOf: null });
    expect(bySlug.get(PROVENANCE_SLUGS.site)).toMatchObject({ reprintOf: PROVENANCE_SLUGS.ap });
    expect(bySlug.get(PROVENANCE_SLUGS.site)!.shared).toBeGreaterThanOrEqual(80);
    expect(bySlug.get(PROVENANCE_SLUGS.courier)).toMatchObject({ wire: null, reprintOf: null });
  });

  it("answers an article's provenance", async () => {
    const site = await api.get<ArticleText>(`/api/articles/${PROVENANCE_SLUGS.site}`);
    expect(site.body.provenance).toMatchObject({ wire: null, reprintOf: PROVENANCE_SLUGS.ap });
    expect(site.body.provenance.shared).toBeGreaterThanOrEqual(80);
    const ap = await api.get<ArticleText>(`/api/articles/${PROVENANCE_SLUGS.ap}`);
    expect(ap.body.provenance).toEqual({ wire: "AP", reprintOf: null, shared: null });
  });

  it("keeps a reviewer's 'not a reprint' through a reload: then 3 sources", async () => {
    const file = join(corpus.root, PROVENANCE_SLUGS.site, "provenance.json");
    const stored = JSON.parse(readFileSync(file, "utf8")) as Record<string, unknown>;
    expect(stored.reprintOf).toBe(PROVENANCE_SLUGS.ap);
    writeFileSync(file, JSON.stringify({ ...stored, decision: { notReprint: true } }, null, 2));

    const reconciled = await reconcileArticles(driver, corpus.root);
    expect(reconciled.reloaded).toEqual([PROVENANCE_SLUGS.site]);
    expect((await fact()).corroboration).toEqual({ statements: 3, articles: 3, outlets: 3, sources: 3 });
    const site = await api.get<ArticleText>(`/api/articles/${PROVENANCE_SLUGS.site}`);
    expect(site.body.provenance).toEqual({ wire: null, reprintOf: null, shared: null });

    // A load from scratch reads the same decision.
    await loadArticles(driver, corpus.dirs, { reset: true });
    expect((await fact()).corroboration.sources).toBe(3);
    expect(JSON.parse(readFileSync(file, "utf8"))).toMatchObject({
      reprintOf: PROVENANCE_SLUGS.ap,
      decision: { notReprint: true },
    });
  });
});
