import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadArticles } from "../../graph/loader/load.ts";
import type { ErrorBody as QueryErrorBody } from "../../graph/contract/errorCodes.ts";
import type { CypherSchema, QueryResult, SavedQueriesResponse } from "../../graph/contract/workbench.ts";
import { createDriver } from "../../graph/neo4j/driver.ts";
import { listSavedQueries } from "../../graph/query/savedQueries.ts";
import { buildServer } from "../../graph/server/app.ts";
import { GraphDb } from "../../graph/db/graphDb.ts";
import { listen } from "../../graph/server/listen.ts";
import { QueryWorkers } from "../../graph/query/worker/pool.ts";
import { goitaDir, laterDir } from "../support/articleFixture.ts";
import { canonicalDump, clearDatabase, testConnection, testDriver } from "../support/db.ts";
import { freePort } from "../support/freePort.ts";
import { WRITE_QUERIES } from "../support/writeQueries.ts";

let driver: Driver;
let url: string;
let stop: () => Promise<void>;
// As the server runs them: in worker threads.
const workers = new QueryWorkers(testConnection());

beforeAll(async () => {
  driver = testDriver();
  await clearDatabase(driver);
  // The seed article and a later one that restates one of its relationships (saved query 13 needs two).
  await loadArticles(driver, [goitaDir, laterDir]);
  const app = await buildServer({
    db: new GraphDb(driver, undefined, 15_000, undefined, workers),
    query: {
      limits: { timeoutMs: 10_000, maxRows: 300, maxNodes: 2000 },
      timeoutMaxMs: 30_000,
      allowWrites: false,
    },
  });
  url = await listen(app, "127.0.0.1", 0);
  stop = () => app.close();
});

afterAll(async () => {
  await stop();
  await workers.close();
  await driver.close();
});

async function post(
  path: string,
  body: unknown,
  signal?: AbortSignal,
): Promise<{ status: number; body: unknown }> {
  const response = await fetch(`${url}${path}`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
    ...(signal ? { signal } : {}),
  });
  return { status: response.status, body: await response.json() };
}

const query = (body: unknown) => post("/api/query", body);

/** Index and constraint names: canonicalDump sees data, this sees the schema. */
async function schemaNames(): Promise<string> {
  const indexes = await driver.executeQuery("SHOW INDEXES YIELD name RETURN name ORDER BY name");
  const constraints = await driver.executeQuery("SHOW CONSTRAINTS YIELD name RETURN name ORDER BY name");
  return [...indexes.records, ...constraints.records].map((r) => String(r.get("name"))).join(",");
}

async function runningCopies(marker: string): Promise<number> {
  const { records } = await driver.executeQuery(
    "SHOW TRANSACTIONS YIELD currentQuery RETURN collect(currentQuery) AS queries",
  );
  return (records[0]?.get("queries") as string[]).filter((q) => q.includes(marker)).length;
}

describe("POST /api/query", () => {
  it.each(WRITE_QUERIES)("refuses %s with 403 naming read-only mode, database unchanged", async (text) => {
    const before = await canonicalDump(driver);
    const schemaBefore = await schemaNames();
    const { status, body } = await query({ query: text });
    expect(status).toBe(403);
    const error = (body as QueryErrorBody).error;
    expect(error.code).toBe("read_only");
    expect(error.message).toMatch(/read-only mode/);
    expect(await canonicalDump(driver)).toBe(before);
    expect(await schemaNames()).toBe(schemaBefore);
  });

  it("answers a read with columns, rows, a graph and timings", async () => {
    const { status, body } = await query({
      query: "MATCH p = (a:Person {id: $id})-[:MET_WITH]->(b) RETURN p, b.name AS name, $n AS n",
      params: { id: "assimi-goita", n: 3 },
    });
    expect(status).toBe(200);
    const result = body as QueryResult;
    expect(result.columns).toEqual(["p", "name", "n"]);
    expect(result.rows[0]?.slice(1)).toEqual(["Vladimir Putin", 3]);
    expect(result.graph.nodes.map((n) => n.properties.name).sort()).toEqual([
      "Assimi Goïta",
      "Vladimir Putin",
    ]);
    expect(result.graph.relationships.map((r) => r.type)).toEqual(["MET_WITH"]);
    expect(result.rowCount).toBe(1);
    expect(result.truncated).toBe(false);
    expect(result.timing.totalMs).toBeGreaterThanOrEqual(result.timing.serverMs);
    // A whole number is an INTEGER for Neo4j (LIMIT refuses a FLOAT).
    const limited = await query({ query: "MATCH (e:Entity) RETURN e.id LIMIT $n", params: { n: 2 } });
    expect((limited.body as QueryResult).rowCount).toBe(2);
  });

  it("returns big integers and zoned datetimes exactly", async () => {
    const { status, body } = await query({
      query:
        "RETURN 9007199254740993 AS big, datetime('2025-06-23T10:15:30.123456789+03:00[Europe/Moscow]') AS at, $p AS echoed",
      params: { p: { $type: "integer", value: "-9007199254740995" } },
    });
    expect(status).toBe(200);
    expect((body as QueryResult).rows[0]).toEqual([
      { $type: "integer", value: "9007199254740993" },
      { $type: "datetime", value: "2025-06-23T10:15:30.123456789+03:00[Europe/Moscow]" },
      { $type: "integer", value: "-9007199254740995" },
    ]);
  });

  it("answers a syntax error with 400, Neo4j's message and the position", async () => {
    const { status, body } = await query({ query: "MATCH (n)\nRETURN n LIMT 5" });
    expect(status).toBe(400);
    const error = (body as QueryErrorBody).error;
    expect(error.code).toBe("syntax");
    expect(error.message).toMatch(/Invalid input 'LIMT'/);
    expect(error.position).toEqual({ line: 2, column: 10, offset: 19 });
    const check = await post("/api/query/check", { query: "MATCH (n)\nRETURN n LIMT 5" });
    expect(check.status).toBe(400);
    expect((check.body as QueryErrorBody).error.position).toEqual({ line: 2, column: 10, offset: 19 });
    const fine = await post("/api/query/check", { query: "MATCH (n) RETURN n LIMIT $n" });
    expect(fine).toEqual({ status: 200, body: { ok: true } });
    const write = await post("/api/query/check", { query: "CREATE (n)" });
    expect(write.status).toBe(403);
  });

  it("refuses malformed requests with one sentence", async () => {
    const cases: [unknown, RegExp][] = [
      [{}, /query/],
      [{ query: "   " }, /query is empty/],
      [{ query: "RETURN 1", params: [1] }, /params must be a JSON object/],
      [{ query: "RETURN 1", timeoutMs: -5 }, /timeoutMs must be greater than 0/],
      [{ query: "RETURN 1", extra: 1 }, /unknown field\(s\) extra/],
      [{ query: "RETURN $d", params: { d: { $type: "date", value: "2025-06-23" } } }, /\$d .*date\(\$d\)/],
    ];
    for (const [body, message] of cases) {
      const answer = await query(body);
      expect(answer.status, JSON.stringify(body)).toBe(400);
      expect((answer.body as QueryErrorBody).error.message).toMatch(message);
    }
  });

  it("cuts the result at the row cap and says so", async () => {
    const { status, body } = await query({ query: "UNWIND range(1, 100000000) AS x RETURN x" });
    expect(status).toBe(200);
    const result = body as QueryResult;
    expect(result.rowCount).toBe(300);
    expect(result.truncated).toBe(true);
    expect(result.truncatedBy).toBe("rows");
  });

  it("stops a runaway query with 504 while other requests are served, and leaves no transaction", async () => {
    const marker = "10000000000";
    const started = Date.now();
    const runaway = query({ query: `UNWIND range(1, ${marker}) AS x RETURN count(x)`, timeoutMs: 1500 });
    const health = await fetch(`${url}/api/health`);
    expect(health.status).toBe(200);
    const other = await query({ query: "MATCH (p:Person) RETURN count(p) AS people" });
    expect((other.body as QueryResult).rows).toEqual([[2]]);
    const { status, body } = await runaway;
    expect(status).toBe(504);
    expect((body as QueryErrorBody).error.code).toBe("timeout");
    expect(Date.now() - started).toBeLessThan(10_000);
    await expect.poll(() => runningCopies(marker)).toBe(0);
  });

  it("cancels the query when the client disconnects", async () => {
    const marker = "10000000001";
    const controller = new AbortController();
    const running = post(
      "/api/query",
      { query: `UNWIND range(1, ${marker}) AS x RETURN count(x)` },
      controller.signal,
    );
    await expect.poll(() => runningCopies(marker), { timeout: 5000 }).toBe(1);
    const aborted = Date.now();
    controller.abort();
    await expect(running).rejects.toThrow();
    // The server's timeout is 10 s: gone well before means it was cancelled.
    await expect.poll(() => runningCopies(marker), { timeout: 5000 }).toBe(0);
    expect(Date.now() - aborted).toBeLessThan(5000);
  });

  it("answers 503 when Neo4j is down, and keeps serving", async () => {
    const port = await freePort();
    const nowhere = {
      uri: `bolt://127.0.0.1:${port}`,
      user: "neo4j",
      password: "x",
      database: undefined,
      local: true,
    };
    const down = createDriver(nowhere);
    const downWorkers = new QueryWorkers(nowhere, { maxThreads: 1 });
    const app = await buildServer({ db: new GraphDb(down, undefined, 15_000, undefined, downWorkers) });
    const downUrl = await listen(app, "127.0.0.1", 0);
    try {
      for (let i = 0; i < 2; i++) {
        const response = await fetch(`${downUrl}/api/query`, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ query: "RETURN 1" }),
        });
        expect(response.status).toBe(503);
        expect(((await response.json()) as QueryErrorBody).error.code).toBe("neo4j_unavailable");
      }
    } finally {
      await app.close();
      await downWorkers.close();
      await down.close();
    }
  });
});

describe("saved queries and the editor schema", () => {
  it("lists at least eight saved queries, each titled, each answering on the article's graph", async () => {
    const response = await fetch(`${url}/api/queries`);
    const { queries } = (await response.json()) as SavedQueriesResponse;
    expect(queries.map((q) => q.name)).toEqual(listSavedQueries().map((q) => q.name));
    expect(queries.length).toBeGreaterThanOrEqual(8);
    // In parallel: each saved query is small, and the file stays fast on a busy machine.
    const answers = await Promise.all(queries.map((saved) => query({ query: saved.query })));
    for (const [i, saved] of queries.entries()) {
      const { status, body } = answers[i]!;
      expect(saved.title, saved.name).not.toBe(saved.name);
      expect(status, `${saved.name}: ${JSON.stringify(body)}`).toBe(200);
      expect((body as QueryResult).rowCount, `${saved.name} returned no rows`).toBeGreaterThan(0);
    }
  });

  it("answers the dated saved queries: what was signed in June 2025, what several articles report", async () => {
    const saved = new Map(listSavedQueries().map((q) => [q.name, q.query]));
    const signed = await query({ query: saved.get("12-signed-in-june-2025")! });
    expect(signed.status).toBe(200);
    const signedRows = (signed.body as QueryResult).rows.map((r) => [r[0], r[1]]);
    expect(signedRows).toEqual([
      ["Agreement creating a Mali–Russia intergovernmental commission", "2025-06-23"],
      ["Agreement on the peaceful use of nuclear energy", "2025-06-23"],
      ["General framework agreement on bilateral relations", "2025-06-23"],
    ]);

    const several = await query({ query: saved.get("13-reported-by-several-articles")! });
    expect(several.status).toBe(200);
    const rows = (several.body as QueryResult).rows;
    expect(rows.map((r) => r.slice(0, 4))).toEqual([["Mali", "PARTNER_OF", "Russia", 2]]);
    // Oldest article first: the seed states it twice (in no set order), the later article once.
    const quotes = rows[0]?.[5] as string[];
    expect(quotes).toHaveLength(3);
    expect(quotes.slice(0, 2).sort()).toEqual([
      expect.stringContaining("(2025-06-23): President Goïta expressed Mali’s desire to strengthen its ties"),
      expect.stringContaining("(2025-06-23): This legal instrument"),
    ]);
    expect(quotes[2]).toEqual(
      expect.stringContaining("(2025-07-10): described Russia as a strategic partner of Mali"),
    );
  });

  it("answers what lies within 300 km of Bamako, by point distance, with where each location comes from", async () => {
    const saved = new Map(listSavedQueries().map((q) => [q.name, q.query]));
    const near = await query({ query: saved.get("15-within-300-km-of-bamako")! });
    expect(near.status).toBe(200);
    expect((near.body as QueryResult).rows).toEqual([
      ["Bamako", 0, "gazetteer: geonames", ["Council of ministers of 9 July 2025", "Senou"]],
      ["Senou", 0, "derived: Bamako", ["Senou gold refinery"]],
      [
        "Senou gold refinery",
        0,
        "derived: Senou",
        ["Foundation stone laying of the Senou gold refinery", "Mali", "SOROMA-SA", "Yadran"],
      ],
    ]);
  });

  it("answers who left Mali, and when, leaving out Africa Corps, which operates there still", async () => {
    const saved = new Map(listSavedQueries().map((q) => [q.name, q.query]));
    const left = await query({ query: saved.get("10-who-left-mali")! });
    expect(left.status).toBe(200);
    expect((left.body as QueryResult).rows.map((r) => r.slice(0, 3))).toEqual([
      ["French missions", "OPERATES_IN", "2022-08"],
      ["MINUSMA", "OPERATES_IN", "2023-12"],
      ["Wagner Group", "WITHDREW_FROM", "2025-05"],
    ]);
  });

  it("gives the editor labels, types, keys, functions and the allowed procedures", async () => {
    const response = await fetch(`${url}/api/cypher/schema`);
    expect(response.status).toBe(200);
    const schema = (await response.json()) as CypherSchema;
    expect(schema.labels).toEqual(expect.arrayContaining(["Person", "Agreement", "Sentence"]));
    expect(schema.relationshipTypes).toEqual(
      expect.arrayContaining(["SIGNED", "HOLDS_STAKE_IN", "MENTIONS"]),
    );
    expect(schema.propertyKeys).toEqual(expect.arrayContaining(["name", "signedOn", "evidence"]));
    expect(schema.functions.map((f) => f.name)).toEqual(
      expect.arrayContaining(["toUpper", "coalesce", "date"]),
    );
    expect(new Set(schema.functions.map((f) => f.name)).size).toBe(schema.functions.length);
    expect(schema.procedures.map((p) => p.name)).toContain("db.labels");
    expect(schema.procedures.map((p) => p.name)).not.toContain("db.createLabel");
    expect(schema.readOnly).toBe(true);
  });
});
