import { rmSync } from "node:fs";
import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ExpandResponse, StartViewResponse } from "../../graph/contract/explorer.ts";
import type { GraphJson, GraphRelationship } from "../../graph/model/graphJson.ts";
import { loadArticles } from "../../graph/loader/load.ts";
import { type TimeFilter, timeHidden } from "../../app/src/explorer/time/timeFilter.ts";
import { apiClient } from "../support/apiClient.ts";
import { startAppServer } from "../support/appServer.ts";
import { clearDatabase, testDriver } from "../support/db.ts";
import { FACT_STATEMENTS, writeFactCorpus } from "../support/factCorpus.ts";

let driver: Driver;
let server: { url: string; stop: () => Promise<void> };
let api: ReturnType<typeof apiClient>;
const corpus = writeFactCorpus();

async function rows<T>(cypher: string, params: Record<string, unknown> = {}): Promise<T[]> {
  const { records } = await driver.executeQuery(cypher, params);
  return records.map((r) => r.toObject() as T);
}

async function elementIdOf(id: string): Promise<string> {
  const [row] = await rows<{ id: string }>("MATCH (e:Entity {id: $id}) RETURN elementId(e) AS id", { id });
  return row!.id;
}

/** Expands Freedonia, light, as the explorer does. */
async function expandFreedonia(detail: "light" | "full" = "light"): Promise<GraphJson> {
  const answer = await api.post<ExpandResponse>("/api/expand", {
    ids: [await elementIdOf("freedonia")],
    detail,
  });
  expect(answer.status).toBe(200);
  return answer.body.graph;
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

describe("one drawn edge per fact", () => {
  it("answers an expansion with one edge per start, type and end, counted as Cypher counts it", async () => {
    const graph = await expandFreedonia();
    const expected = await rows<{ type: string; statements: number; articles: number; first: string }>(
      `MATCH (:Entity {id: 'freedonia'})-[r]->(y:Entity)
       WHERE r.article IS NOT NULL
       RETURN type(r) AS type, y.id AS end, count(r) AS statements,
              count(DISTINCT r.article) AS articles, min(elementId(r)) AS first`,
    );
    expect(graph.relationships).toHaveLength(expected.length);
    for (const fact of expected) {
      const edge = graph.relationships.find((r) => r.type === fact.type)!;
      expect([edge.id, edge.statements, edge.articles]).toEqual([
        fact.first,
        Number(fact.statements),
        Number(fact.articles),
      ]);
    }
    const met = graph.relationships.find((r) => r.type === "MET_WITH")!;
    expect(met.statements).toBe(FACT_STATEMENTS);
    // The same day twice gives one dated group, reported on the earlier day; the undated article's
    // statement is a group of its own with no report day.
    expect(met.stated).toHaveLength(FACT_STATEMENTS - 1);
    expect(met.stated).toContainEqual(["date=2026-01-09", "2026-01-10"]);
    expect(met.stated).toContainEqual(["", ""]);
    // One statement: the edge's own properties say when, no list.
    expect(graph.relationships.find((r) => r.type === "AGREEMENT_WITH")!.stated).toBeUndefined();
  });

  it("draws the same edge for a fact whichever answer brings it", async () => {
    const light = await expandFreedonia();
    const full = await expandFreedonia("full");
    const start = await api.get<StartViewResponse>("/api/view/start");
    const ruritania = await api.post<ExpandResponse>("/api/expand", {
      ids: [await elementIdOf("ruritania")],
    });
    const metIn = (graph: GraphJson) =>
      graph.relationships.filter((r) => r.type === "MET_WITH").map((r) => r.id);
    const ids = [light, full, start.body.graph, ruritania.body.graph].map(metIn);
    expect(new Set(ids.flat()).size).toBe(1);
    expect(ids.every((list) => list.length === 1)).toBe(true);
    expect(full.relationships.find((r) => r.type === "MET_WITH")!.properties.evidence).toBeDefined();
  });

  it("gives the export every statement of a fact with its quote", async () => {
    const graph = await expandFreedonia();
    const answer = await api.post<GraphJson>("/api/graph/elements", {
      nodeIds: [],
      relationshipIds: graph.relationships.map((r) => r.id),
      statements: true,
    });
    expect(answer.status).toBe(200);
    const [counted] = await rows<{ n: number }>(
      "MATCH (:Entity {id: 'freedonia'})-[r]->() WHERE r.article IS NOT NULL RETURN count(r) AS n",
    );
    expect(answer.body.relationships).toHaveLength(Number(counted!.n));
    for (const r of answer.body.relationships) {
      expect(Array.isArray(r.properties.evidence) && r.properties.evidence.length > 0).toBe(true);
      expect(typeof r.properties.article).toBe("string");
    }
    const met = answer.body.relationships.filter((r) => r.type === "MET_WITH");
    expect(new Set(met.map((r) => r.properties.article)).size).toBe(FACT_STATEMENTS);
    expect(met.every((r) => r.articles === FACT_STATEMENTS)).toBe(true);
  });

  it("hides a fact's edge under the time filter exactly when every one of its statements is hidden", async () => {
    const graph = await expandFreedonia();
    const statements = (
      await api.post<GraphJson>("/api/graph/elements", {
        nodeIds: [],
        relationshipIds: graph.relationships.map((r) => r.id),
        statements: true,
      })
    ).body.relationships;
    const published = await rows<{ slug: string; day: string | null }>(
      "MATCH (a:Article) RETURN a.slug AS slug, toString(a.published) AS day",
    );
    const reported = {
      entities: {},
      articles: Object.fromEntries(published.flatMap((a) => (a.day ? [[a.slug, a.day]] : []))),
    };
    const days = [
      null,
      "2023-12-31",
      "2024-06-01",
      "2026-01-09",
      "2026-01-10",
      "2026-02-01",
      "2026-03-04",
      "2026-03-31",
      "2026-04-30",
      "2026-12-31",
    ];
    let checked = 0;
    for (const from of days)
      for (const to of days) {
        if (from && to && from > to) continue;
        for (const undated of [true, false])
          for (const asOf of [null, "2026-01-09", "2026-01-10", "2026-03-05", "2026-04-30"]) {
            const filter: TimeFilter = { from, to, undated, asOf };
            for (const edge of graph.relationships) {
              const own = statements.filter(
                (s) => s.type === edge.type && s.start === edge.start && s.end === edge.end,
              );
              const byId = (list: GraphRelationship[]) => Object.fromEntries(list.map((r) => [r.id, r]));
              const edgeHidden = timeHidden({}, byId([edge]), filter, reported).relationships.has(edge.id);
              const hiddenStatements = timeHidden({}, byId(own), filter, reported).relationships;
              expect(edgeHidden, JSON.stringify({ filter, type: edge.type })).toBe(
                own.every((s) => hiddenStatements.has(s.id)),
              );
              checked += 1;
            }
          }
      }
    expect(checked).toBeGreaterThan(1000);
  });
});
