import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SchemaResponse } from "../../graph/contract/explorer.ts";
import { cypher } from "../../graph/neo4j/cypherFiles.ts";
import { apiClient } from "../support/apiClient.ts";
import { startAppServer } from "../support/appServer.ts";
import { clearDatabase, testDriver } from "../support/db.ts";

const TYPES = 40;
const PER_TYPE = 1500;

let driver: Driver;
let server: { url: string; stop: () => Promise<void> };
let api: ReturnType<typeof apiClient>;

beforeAll(async () => {
  driver = testDriver();
  await clearDatabase(driver);
  // 60,000 relationships over 40 types: counting them type by type scans
  // every relationship 40 times; the count store answers at once.
  const session = driver.session();
  try {
    await session.run(
      `UNWIND range(0, $types - 1) AS t
       CALL (t) {
         CREATE (hub:Hub {t: t})
         WITH hub, t
         UNWIND range(1, $perType) AS i
         CREATE (hub)-[:$('REL_' + t)]->(:Leaf)
       } IN TRANSACTIONS OF 4 ROWS`,
      { types: TYPES, perType: PER_TYPE },
    );
  } finally {
    await session.close();
  }
  // Health and schema share their answers for two seconds (DerivedCache); off here, so
  // that every call below reads the counts from Neo4j.
  server = await startAppServer(driver, { derivedCache: { freshMs: 0, staleMs: 0 } });
  api = apiClient(server.url);
});

afterAll(async () => {
  await server?.stop();
  await clearDatabase(driver);
  await driver?.close();
});

/** Every database hit of a query's plan, read from PROFILE: a measure of work that no machine's speed changes. */
async function dbHits(query: string): Promise<number> {
  const { summary } = await driver.executeQuery(`PROFILE ${query}`);
  let hits = 0;
  const walk = (plan: { dbHits: number; children: unknown[] }) => {
    hits += plan.dbHits;
    for (const child of plan.children) walk(child as typeof plan);
  };
  if (summary.profile) walk(summary.profile as unknown as { dbHits: number; children: unknown[] });
  return hits;
}

describe("counts of a graph with many relationship types", () => {
  it("are right in /api/health and /api/schema", async () => {
    const health = await api.get<{
      counts: { nodes: number; relationships: number; types: Record<string, number> };
    }>("/api/health");
    expect(health.body.counts.relationships).toBe(TYPES * PER_TYPE);
    expect(health.body.counts.nodes).toBe(TYPES * (PER_TYPE + 1));
    expect(Object.keys(health.body.counts.types)).toHaveLength(TYPES);
    expect(health.body.counts.types.REL_7).toBe(PER_TYPE);
    const schema = await api.get<SchemaResponse>("/api/schema");
    expect(schema.body.labels).toEqual([
      { label: "Hub", count: TYPES },
      { label: "Leaf", count: TYPES * PER_TYPE },
    ]);
    expect(schema.body.relationshipTypes).toContainEqual({ type: "REL_39", count: PER_TYPE });
  });

  it("come from the count store: a handful of reads, not a scan per type", async () => {
    // Measured in database hits rather than milliseconds: the verdict is the same on a slow or busy machine.
    // The peer is what a per-type count by a type held in a variable does: it reads every relationship.
    const counts = await dbHits(cypher("api/count-store"));
    const perTypeScan = await dbHits(
      "UNWIND range(0, 39) AS t CALL (t) { MATCH ()-[r]->() WHERE type(r) = 'REL_' + t RETURN count(r) AS c } RETURN sum(c)",
    );
    expect(perTypeScan).toBeGreaterThanOrEqual(TYPES * TYPES * PER_TYPE);
    expect(counts).toBeLessThan(1000);
    expect((await api.get("/api/health")).status).toBe(200);
    expect((await api.get("/api/schema")).status).toBe(200);
  });
});
