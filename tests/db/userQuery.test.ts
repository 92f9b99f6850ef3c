import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { QueryError } from "../../graph/query/queryError.ts";
import { type QueryLimits, runUserQuery } from "../../graph/query/runUserQuery.ts";
import { canonicalDump, seededDriver } from "../support/db.ts";
import { WRITE_QUERIES } from "../support/writeQueries.ts";

let driver: Driver;
const limits: QueryLimits = { timeoutMs: 10_000, maxRows: 5000, maxNodes: 2000 };

beforeAll(async () => {
  driver = await seededDriver();
});

afterAll(async () => {
  await driver.close();
});

async function refusal(
  query: string,
  params: Record<string, unknown> = {},
  custom = limits,
): Promise<QueryError> {
  try {
    await runUserQuery(driver, { query, params }, custom);
  } catch (error) {
    if (error instanceof QueryError) return error;
    throw error;
  }
  throw new Error(`expected ${query} to be refused`);
}

describe("read-only user queries", () => {
  it.each(WRITE_QUERIES)("refuses %s and leaves the database unchanged", async (query) => {
    const before = await canonicalDump(driver);
    const error = await refusal(query);
    expect(error.status).toBe(403);
    expect(error.message).toMatch(/read-only mode/);
    expect(await canonicalDump(driver)).toBe(before);
  });

  it("allows reads and the allow-listed procedures", async () => {
    const result = await runUserQuery(
      driver,
      {
        query: "CALL db.index.fulltext.queryNodes('entity_names', $q) YIELD node RETURN node.name AS name",
        params: { q: "goita" },
      },
      limits,
    );
    expect(result.rows).toContainEqual(["Assimi Goïta"]);
    expect(result.graph.nodes).toHaveLength(0);
  });

  it("returns nodes, relationships and paths as a graph beside the table", async () => {
    const result = await runUserQuery(
      driver,
      { query: "MATCH p = (:Person {id: 'assimi-goita'})-[:MET_WITH]->(b) RETURN p, b.name AS name" },
      limits,
    );
    expect(result.columns).toEqual(["p", "name"]);
    expect(result.rows[0]?.[1]).toBe("Vladimir Putin");
    expect(result.graph.nodes.map((n) => n.properties.name).sort()).toEqual([
      "Assimi Goïta",
      "Vladimir Putin",
    ]);
    expect(result.graph.relationships.map((r) => r.type)).toEqual(["MET_WITH"]);
  });

  it("reports a syntax error with its position", async () => {
    const error = await refusal("MATCH (n RETURN n");
    expect(error.status).toBe(400);
    expect(error.code).toBe("syntax");
    expect(error.position).toEqual({ line: 1, column: 10, offset: 9 });
    expect(error.message).toMatch(/\(line 1, column 10\)$/);
    const multiline = await refusal("EXPLAIN MATCH (n)\nRETURN n LIMIT");
    expect(multiline.position).toMatchObject({ line: 2 });
  });

  it("returns big integers and zoned datetimes exactly", async () => {
    const result = await runUserQuery(
      driver,
      {
        query:
          "RETURN 9007199254740993 AS big, datetime('2025-06-23T10:15:30.123456789+03:00[Europe/Moscow]') AS at, 200.0 AS f",
      },
      limits,
    );
    expect(result.rows[0]).toEqual([
      { $type: "integer", value: "9007199254740993" },
      { $type: "datetime", value: "2025-06-23T10:15:30.123456789+03:00[Europe/Moscow]" },
      { $type: "float", value: 200 },
    ]);
  });

  it("stops reading at the row cap with memory bounded, and says it was cut", async () => {
    const heapBefore = process.memoryUsage().heapUsed;
    const result = await runUserQuery(
      driver,
      { query: "UNWIND range(1, 100000000) AS x RETURN x, 'padding padding padding' AS p" },
      limits,
    );
    expect(result.rowCount).toBe(5000);
    expect(result.truncated).toBe(true);
    expect(result.truncatedBy).toBe("rows");
    expect(process.memoryUsage().heapUsed - heapBefore).toBeLessThan(64 * 1024 * 1024);
  });

  it("caps the nodes collected for the graph", async () => {
    const result = await runUserQuery(driver, { query: "MATCH (n) RETURN n" }, { ...limits, maxNodes: 10 });
    expect(result.graph.nodes.length).toBeLessThanOrEqual(10);
    expect(result.truncated).toBe(true);
    expect(result.truncatedBy).toBe("nodes");
  });

  it("stops a runaway query at the timeout, leaves no transaction behind, and serves others meanwhile", async () => {
    const runaway = refusal(
      "UNWIND range(1, 10000000000) AS x RETURN count(x)",
      {},
      { ...limits, timeoutMs: 1500 },
    );
    const other = await runUserQuery(driver, { query: "MATCH (p:Person) RETURN count(p) AS people" }, limits);
    expect(other.rows[0]).toEqual([2]);
    const error = await runaway;
    expect(error.status).toBe(504);
    await expect
      .poll(async () => {
        const { records } = await driver.executeQuery(
          "SHOW TRANSACTIONS YIELD currentQuery RETURN collect(currentQuery) AS queries",
        );
        return (records[0]?.get("queries") as string[]).filter((q) => q.includes("10000000000")).length;
      })
      .toBe(0);
  });

  it("cancels the query when the caller aborts", async () => {
    const controller = new AbortController();
    const running = runUserQuery(
      driver,
      { query: "UNWIND range(1, 10000000000) AS x RETURN count(x)", signal: controller.signal },
      limits,
    );
    setTimeout(() => controller.abort(), 500);
    await expect(running).rejects.toMatchObject({ code: "cancelled" });
    await expect
      .poll(async () => {
        const { records } = await driver.executeQuery(
          "SHOW TRANSACTIONS YIELD currentQuery RETURN collect(currentQuery) AS queries",
        );
        return (records[0]?.get("queries") as string[]).filter((q) => q.includes("10000000000")).length;
      })
      .toBe(0);
  });
});
