import { mkdirSync } from "node:fs";
import { join } from "node:path";
import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, expect, it } from "vitest";
import type { StartViewResponse } from "../../graph/contract/explorer.ts";
import type { OpenedInvestigation, SaveInvestigationRequest } from "../../graph/contract/investigations.ts";
import { keyText } from "../../graph/investigations/keys.ts";
import { loadArticles } from "../../graph/loader/load.ts";
import { tempDir } from "../support/addFixtures.ts";
import { savedViewRequest } from "../support/savedView.ts";
import { apiClient } from "../support/apiClient.ts";
import { startAppServer } from "../support/appServer.ts";
import { goitaDir } from "../support/articleFixture.ts";
import { clearDatabase, seededDriver } from "../support/db.ts";

let driver: Driver;
let server: { url: string; stop: () => Promise<void> };
let api: ReturnType<typeof apiClient>;
const articles = join(tempDir("investigations-db"), "articles");
mkdirSync(articles);

beforeAll(async () => {
  driver = await seededDriver();
  server = await startAppServer(driver, { articles: { dir: articles, enabled: true } });
  api = apiClient(server.url);
});
afterAll(async () => {
  await server?.stop();
  await driver?.close();
});

/** The opening view saved as an investigation: every node at a known position, half its relationships drawn. */
async function saveOpeningView(): Promise<SaveInvestigationRequest> {
  const start = await api.get<StartViewResponse>("/api/view/start");
  const request = savedViewRequest(
    start.body.graph,
    "Opening view",
    (i) => ({ x: i, y: -i }),
    (i) => i % 2 === 0,
  );
  const saved = await api.put("/api/investigations/opening-view", request);
  expect(saved.status).toBe(200);
  return request;
}

it("finds every node and relationship again after the graph is loaded afresh, and offers only what is new", async () => {
  const request = await saveOpeningView();
  expect(request.view.nodes.length).toBeGreaterThan(5);

  // A fresh load gives every node and relationship a new element id.
  await clearDatabase(driver);
  await loadArticles(driver, [goitaDir]);
  const [first, second] = request.view.nodes;
  await driver.executeQuery(
    "MATCH (a:Entity {id: $a}), (b:Entity {id: $b}) CREATE (a)-[:MET {article: 'later-article'}]->(b)",
    { a: first!.key, b: second!.key },
  );

  const { status, body } = await api.get<OpenedInvestigation>("/api/investigations/opening-view");
  expect(status).toBe(200);
  expect(body.missing).toEqual([]);
  expect(body.missingRelationships).toBe(0);
  for (const saved of request.view.nodes) {
    expect(body.nodes[saved.elementId]?.properties.id).toBe(saved.key);
    expect(body.nodes[saved.elementId]?.id).not.toBe(saved.elementId);
  }
  const drawn = request.view.relationships.map(keyText);
  expect(Object.keys(body.relationships)).toHaveLength(drawn.length);
  // Relationships that were there but not drawn are not new; the one created since is.
  expect(body.newRelationships.map((r) => [r.type, r.properties.article])).toEqual([
    ["MET", "later-article"],
  ]);
});
