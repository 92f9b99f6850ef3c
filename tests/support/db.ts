import neo4j, { type Driver, type Node, type Relationship } from "neo4j-driver";
import { inject } from "vitest";
import type { ConnectionSettings } from "../../graph/neo4j/connection.ts";
import { createDriver } from "../../graph/neo4j/driver.ts";
import { sessionConfig, withSession } from "../../graph/neo4j/session.ts";
import type { GraphJson } from "../../graph/model/graphJson.ts";
import { nodeToJson, relationshipToJson } from "../../graph/neo4j/records.ts";
import { loadArticles } from "../../graph/loader/load.ts";
import { goitaDir } from "./articleFixture.ts";

/** Connection settings of the test Neo4j started by the global setup. */
export function testConnection(): ConnectionSettings {
  const { uri, password } = inject("neo4j");
  return { uri, user: "neo4j", password, database: undefined, local: true };
}

export function testDriver(): Driver {
  return createDriver(testConnection());
}

/** Empties the database (tests share one; each file starts from a known state). */
/** The test database holding the seed article alone, as most API and query tests start from it. */
export async function seededDriver(): Promise<Driver> {
  const driver = testDriver();
  await clearDatabase(driver);
  await loadArticles(driver, [goitaDir]);
  return driver;
}

export async function clearDatabase(driver: Driver): Promise<void> {
  // CALL ... IN TRANSACTIONS needs an implicit (auto-commit) transaction: session.run.
  await withSession(driver, sessionConfig(undefined, "WRITE"), (session) =>
    session.run("MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS"),
  );
}

/**
 * Every node and relationship with labels, type and properties, in a stable
 * order: two equal dumps mean two equal graphs (ids aside).
 */
export async function canonicalDump(driver: Driver): Promise<string> {
  const nodes = await driver.executeQuery("MATCH (n) RETURN labels(n) AS labels, properties(n) AS props");
  const rels = await driver.executeQuery(
    "MATCH (a)-[r]->(b) RETURN type(r) AS type, properties(r) AS props, coalesce(a.id, a.slug, '') AS from, coalesce(b.id, b.slug, '') AS to",
  );
  const stable = (value: unknown): string =>
    JSON.stringify(value, (_k, v: unknown) => {
      if (neo4j.isInt(v)) return `int:${v.toString()}`;
      if (v && typeof v === "object" && !Array.isArray(v) && v.constructor?.name === "Date" && "year" in v)
        return `date:${String(v)}`;
      if (v && typeof v === "object" && !Array.isArray(v)) {
        return Object.fromEntries(
          Object.entries(v as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b)),
        );
      }
      return v;
    });
  const lines = [
    ...nodes.records.map(
      (r) => `N ${stable([...(r.get("labels") as string[])].sort())} ${stable(r.get("props"))}`,
    ),
    ...rels.records.map(
      (r) => `R ${r.get("from")} ${r.get("type")} ${r.get("to")} ${stable(r.get("props"))}`,
    ),
  ];
  return lines.sort().join("\n");
}

/** The first value of a query's first row; Neo4j integers come back as numbers. */
export async function scalar<T>(
  driver: Driver,
  query: string,
  params: Record<string, unknown> = {},
): Promise<T> {
  const { records } = await driver.executeQuery(query, params);
  const value = records[0]?.get(0) as unknown;
  return (
    typeof value === "object" && value !== null && "toNumber" in value
      ? (value as { toNumber(): number }).toNumber()
      : value
  ) as T;
}

/** The nodes and relationships of a graph as the database holds them, every property (read by the driver). */
export async function storedGraph(driver: Driver, graph: GraphJson): Promise<GraphJson> {
  const { records } = await driver.executeQuery(
    `MATCH (n) WHERE elementId(n) IN $nodeIds WITH collect(n) AS nodes
     OPTIONAL MATCH ()-[r]->() WHERE elementId(r) IN $relationshipIds
     RETURN nodes, collect(r) AS relationships`,
    { nodeIds: graph.nodes.map((n) => n.id), relationshipIds: graph.relationships.map((r) => r.id) },
  );
  const row = records[0];
  return {
    nodes: ((row?.get("nodes") as Node[] | undefined) ?? []).map(nodeToJson),
    relationships: ((row?.get("relationships") as Relationship[] | undefined) ?? []).map(relationshipToJson),
  };
}

/**
 * Per relationship that states a fact (has an `article`): the fact's
 * independent sources and articles, counted here over the relationships of the
 * same start, type and end and their articles' origins.
 */
async function factCounts(
  driver: Driver,
  graph: GraphJson,
): Promise<Map<string, { sources: number; articles: number; statements: number }>> {
  const { records } = await driver.executeQuery(
    `MATCH (x)-[r]->(y) WHERE elementId(r) IN $ids AND r.article IS NOT NULL
     MATCH (x)-[q]->(y) WHERE type(q) = type(r) AND q.article IS NOT NULL
     OPTIONAL MATCH (a:Article {slug: q.article})
     RETURN elementId(r) AS id, count(DISTINCT a.slug) AS articles, count(DISTINCT q) AS statements,
            count(DISTINCT coalesce(a.origin, 'article:' + a.slug)) AS sources`,
    { ids: graph.relationships.map((r) => r.id) },
  );
  return new Map(
    records.map((r) => [
      r.get("id") as string,
      {
        sources: Number(r.get("sources")),
        articles: Number(r.get("articles")),
        statements: Number(r.get("statements")),
      },
    ]),
  );
}

/** The graph with the fact's `sources`, `articles` and `statements` on each relationship that states one, as the explorer's answers give them. */
export async function withFactCounts(driver: Driver, graph: GraphJson): Promise<GraphJson> {
  const counts = await factCounts(driver, graph);
  return {
    nodes: graph.nodes,
    relationships: graph.relationships.map((r) => ({ ...r, ...counts.get(r.id) })),
  };
}

/** The same counts as two more properties, as the explorer's exports write them. */
export async function withFactCountProperties(driver: Driver, graph: GraphJson): Promise<GraphJson> {
  const counts = await factCounts(driver, graph);
  return {
    nodes: graph.nodes,
    relationships: graph.relationships.map((r) => {
      const counted = counts.get(r.id);
      return {
        ...r,
        properties: counted
          ? { ...r.properties, sources: counted.sources, articles: counted.articles }
          : r.properties,
      };
    }),
  };
}
