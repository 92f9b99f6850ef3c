import type { Driver, Node, Relationship } from "neo4j-driver";
import { expect } from "vitest";
import { loadArticles } from "../../graph/loader/load.ts";
import type { GraphJson } from "../../graph/model/graphJson.ts";
import { nodeToJson, relationshipToJson } from "../../graph/neo4j/records.ts";
import { goitaDir } from "./articleFixture.ts";
import { createAwkwardGraph } from "./awkwardGraph.ts";
import { runCli } from "./cli.ts";
import { clearDatabase, testConnection } from "./db.ts";
import { sortedGraph } from "./exportDecode.ts";

/** The test database holds the article and the awkward graph, nothing else. */
export async function loadArticleAndAwkwardGraph(driver: Driver): Promise<void> {
  await clearDatabase(driver);
  await loadArticles(driver, [goitaDir]);
  await createAwkwardGraph(driver);
}

/** Every node and relationship in the database, sorted, for comparison with what a reader gives back. */
export async function storedGraph(driver: Driver): Promise<GraphJson> {
  const nodes = await driver.executeQuery("MATCH (n) RETURN n");
  const rels = await driver.executeQuery("MATCH ()-[r]->() RETURN r");
  return sortedGraph({
    nodes: nodes.records.map((r) => nodeToJson(r.get("n") as Node)),
    relationships: rels.records.map((r) => relationshipToJson(r.get("r") as Relationship)),
  });
}

/** `npm run export` of the whole database to a file (or CSV folder), as a user runs it. */
export async function exportAs(format: string, out: string): Promise<void> {
  const { uri, password } = testConnection();
  const env = { NEO4J_URI: uri, NEO4J_USER: "neo4j", NEO4J_PASSWORD: password };
  // Lone nodes, then bare relationships: the CLI fetches the ends the query did not return.
  const query = "MATCH (n) WHERE NOT (n)--() RETURN n UNION ALL MATCH ()-[r]->() RETURN r AS n";
  const result = await runCli("export", ["--query", query, "--format", format, "--out", out], env);
  expect(result.stderr).toBe("");
  expect(result.code).toBe(0);
}
