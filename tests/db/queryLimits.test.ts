import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { ErrorBody } from "../../graph/contract/errorCodes.ts";
import type { QueryResult } from "../../graph/contract/workbench.ts";
import { GraphDb } from "../../graph/db/graphDb.ts";
import { localWatchdog } from "../../graph/db/localWatchdog.ts";
import { QueryError } from "../../graph/query/queryError.ts";
import { runUserQuery } from "../../graph/query/runUserQuery.ts";
import { QueryWorkers } from "../../graph/query/worker/pool.ts";
import { buildServer } from "../../graph/server/app.ts";
import { listen } from "../../graph/server/listen.ts";
import { clearDatabase, testConnection, testDriver } from "../support/db.ts";

/** A reduce() that builds a 100 MB string: Neo4j does not check for termination inside it. */
const STUCK_REDUCE = 'RETURN size(reduce(s = "", x IN range(1, 10000000) | s + "xxxxxxxxxx")) AS n';

/** 16 nodes, each joined to every other: 120 relationships for the planner to order. */
function densePattern(): string {
  const parts: string[] = [];
  for (let i = 0; i < 16; i++) for (let j = i + 1; j < 16; j++) parts.push(`(n${i})--(n${j})`);
  return `MATCH ${parts.join(", ")} RETURN n0`;
}

const MAX_BYTES = 1_000_000;
/** The time limit, the grace before the server stops waiting, the check that it stopped, and slack. */
const answeredWithin = (timeoutMs: number) => timeoutMs + 1000 + 3000 + 2000;

let driver: Driver;
let url: string;
let stop: () => Promise<void>;
const watchdogLog: string[] = [];
const watchdog = localWatchdog(inject("neo4j").options, (line) => watchdogLog.push(line));
// As the server runs them: in worker threads.
const workers = new QueryWorkers(testConnection());

beforeAll(async () => {
  driver = testDriver();
  await clearDatabase(driver);
  await driver.executeQuery("UNWIND range(1, 30) AS i CREATE (:Probe {i: i, note: 'probe ' + i})");
  const app = await buildServer({
    db: new GraphDb(driver, undefined, 15_000, watchdog.onStuck, workers),
    query: {
      limits: { timeoutMs: 10_000, maxRows: 300, maxNodes: 10, maxBytes: MAX_BYTES },
      timeoutMaxMs: 30_000,
      allowWrites: false,
    },
  });
  url = await listen(app, "127.0.0.1", 0);
  stop = () => app.close();
  // Health's statements are planned once; what is measured below is health while a query runs.
  expect((await fetch(`${url}/api/health`)).status).toBe(200);
});

afterAll(async () => {
  await watchdog.idle();
  await stop();
  await workers.close();
  await driver.close();
});

interface Answer {
  status: number;
  body: unknown;
  bytes: number;
  ms: number;
}

async function post(path: string, body: unknown): Promise<Answer> {
  const started = performance.now();
  const response = await fetch(`${url}${path}`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: typeof body === "string" ? body : JSON.stringify(body),
  });
  const text = await response.text();
  return {
    status: response.status,
    body: JSON.parse(text) as unknown,
    bytes: Buffer.byteLength(text),
    ms: performance.now() - started,
  };
}

const query = (body: unknown) => post("/api/query", body);
const errorOf = (answer: Answer) => (answer.body as ErrorBody).error;

describe("user errors answer 4xx with Neo4j's sentence", () => {
  it("a shortestPath whose two ends are the same node", async () => {
    const answer = await query({
      query: "MATCH (a:Probe {i: 1}) MATCH p = shortestPath((a)-[*]-(a)) RETURN p",
    });
    expect(answer.status).toBe(400);
    expect(errorOf(answer)).toEqual({
      code: "invalid",
      message: "The shortest path algorithm does not work when the start and end nodes are the same.",
    });
  });

  it("a string doubled until Neo4j runs out of heap", async () => {
    const answer = await query({
      query: "RETURN size(reduce(s = 'xxxxxxxxxxxxxxxx', i IN range(1, 40) | s + s)) AS n",
    });
    expect(answer.status).toBe(400);
    expect(errorOf(answer).code).toBe("memory");
    expect(errorOf(answer).message).toMatch(/^Neo4j ran out of memory for this query \(Java heap space\)/);
    // Neo4j is still there.
    expect((await query({ query: "RETURN 1 AS one" })).status).toBe(200);
  });

  it("parameters nested 10,000 levels deep", async () => {
    // Written by hand: JSON.stringify itself overflows the stack at this depth.
    const nested = `${'{"a":'.repeat(10_000)}1${"}".repeat(10_000)}`;
    const answer = await query(`{"query": "RETURN $deep", "params": {"deep": ${nested}}}`);
    expect(answer.status).toBe(400);
    expect(errorOf(answer).message).toBe(
      "The parameter $deep nests lists and maps deeper than 100 levels, which parameters do not take.",
    );
  });

  it("allows CALL dbms.components() as the README says", async () => {
    const answer = await query({ query: "CALL dbms.components() YIELD name, edition RETURN name, edition" });
    expect(answer.status).toBe(200);
    expect((answer.body as QueryResult).rows[0]).toEqual(["Neo4j Kernel", "community"]);
  });

  it.each(["SHOW TRANSACTIONS", "SHOW SETTINGS", "SHOW SETTINGS YIELD name, value RETURN name, value"])(
    "refuses %s: other users' queries and the server's paths",
    async (text) => {
      for (const path of ["/api/query", "/api/query/check"]) {
        const answer = await post(path, { query: text });
        expect(answer.status, path).toBe(403);
        expect(errorOf(answer).code).toBe("read_only");
        expect(errorOf(answer).message).toMatch(
          /^SHOW (TRANSACTIONS|SETTINGS) is not allowed in read-only mode/,
        );
      }
    },
  );
});

describe("one answer is bounded in nodes and bytes", () => {
  it("cuts the graph at the node cap inside one row: MATCH (n) RETURN collect(n)", async () => {
    const answer = await query({ query: "MATCH (n) RETURN collect(n) AS everything" });
    expect(answer.status).toBe(200);
    const result = answer.body as QueryResult;
    expect(result.rowCount).toBe(1);
    expect(result.graph.nodes).toHaveLength(10);
    expect(result.truncated).toBe(true);
    expect(result.truncatedBy).toBe("nodes");
  });

  it("stops before the row that would pass the size limit", async () => {
    const answer = await query({ query: "UNWIND range(1, 50) AS i RETURN i, range(1, 20000) AS numbers" });
    expect(answer.status).toBe(200);
    const result = answer.body as QueryResult;
    expect(result.truncatedBy).toBe("bytes");
    expect(result.rowCount).toBeGreaterThan(0);
    expect(result.rowCount).toBeLessThan(50);
    expect(answer.bytes).toBeLessThanOrEqual(MAX_BYTES);
  });

  it("never answers one huge value: RETURN range(1, 1000000) is cut, not sent", async () => {
    const answer = await query({ query: "RETURN range(1, 1000000) AS r" });
    expect(answer.status).toBe(200);
    const result = answer.body as QueryResult;
    expect(result).toMatchObject({ rowCount: 0, truncated: true, truncatedBy: "bytes", columns: ["r"] });
    expect(answer.bytes).toBeLessThan(10_000);
  });
});

/** Calls /api/health one after another until `running` settles; each call's status and round trip. */
async function healthWhile(running: Promise<unknown>): Promise<Array<{ status: number; ms: number }>> {
  let settled = false;
  void running.finally(() => (settled = true));
  const calls: Array<{ status: number; ms: number }> = [];
  while (!settled) {
    const started = performance.now();
    const response = await fetch(`${url}/api/health`);
    await response.text();
    calls.push({ status: response.status, ms: performance.now() - started });
  }
  return calls;
}

describe("a huge answer never holds up the server", () => {
  // The server, and this test's client, share one thread: a health call's round trip measures how long
  // the thread was held. Had it decoded the huge answer, one call would span nearly the whole query;
  // the bound is relative to the query's own time, so a slow or busy machine gives the same verdict.
  const neverHeld = (health: Array<{ ms: number }>, queryMs: number) => {
    expect(health.length).toBeGreaterThanOrEqual(2);
    expect(Math.max(...health.map((call) => call.ms))).toBeLessThan(queryMs / 2);
  };

  it("cuts RETURN range(1, 10000000) as it arrives, answers /api/health throughout, and Neo4j drops the query", async () => {
    const running = query({ query: "RETURN range(1, 10000000) AS r", timeoutMs: 30_000 });
    const health = await healthWhile(running);
    const answer = await running;
    expect(health.filter((call) => call.status !== 200)).toEqual([]);
    neverHeld(health, answer.ms);
    // Cut by bytes on the wire: neither received whole nor decoded, and not ended by its time limit.
    expect(answer.status, JSON.stringify(answer.body).slice(0, 300)).toBe(200);
    expect(answer.body).toMatchObject({ rowCount: 0, truncated: true, truncatedBy: "bytes" });
    expect(answer.bytes).toBeLessThan(10_000);
    // Neo4j no longer runs it once it finds the connection closed (or the transaction terminated).
    await expect
      .poll(
        async () => {
          const { records } = await driver.executeQuery(
            "SHOW TRANSACTIONS YIELD currentQuery WHERE currentQuery CONTAINS $text RETURN count(*) AS n",
            { text: "range(1, 10000000)" },
          );
          return Number(records[0]?.get("n"));
        },
        { timeout: 60_000, interval: 500 },
      )
      .toBe(0);
    expect((await query({ query: "RETURN 1 AS one" })).status).toBe(200);
  }, 120_000);

  it("cuts four queries of 450 rows of 1 MB strings, sent at once, by bytes, and Neo4j stays well", async () => {
    const megabyte = "UNWIND range(1, 450) AS i RETURN i, reduce(s = 'x', k IN range(1, 20) | s + s) AS text";
    const running = Promise.all([1, 2, 3, 4].map(() => query({ query: megabyte, timeoutMs: 30_000 })));
    const health = await healthWhile(running);
    const answers = await running;
    for (const answer of answers) {
      expect(answer.status, JSON.stringify(answer.body).slice(0, 300)).toBe(200);
      expect(answer.body).toMatchObject({ truncated: true, truncatedBy: "bytes" });
      expect(answer.bytes).toBeLessThanOrEqual(MAX_BYTES);
    }
    expect(health.filter((call) => call.status !== 200)).toEqual([]);
    neverHeld(health, Math.max(...answers.map((answer) => answer.ms)));
    expect((await query({ query: "RETURN 1 AS one" })).status).toBe(200);
  }, 120_000);
});

describe("a row larger than a query worker may hold", () => {
  it("answers 400 memory in one sentence, and the next query is answered", async () => {
    const small = new QueryWorkers(testConnection(), { heapMb: 64, maxThreads: 1 });
    const db = new GraphDb(driver, undefined, 15_000, undefined, small);
    // A byte limit above the row's size, so that the worker's memory is what stops it.
    const limits = { timeoutMs: 30_000, maxRows: 10, maxNodes: 10, maxBytes: 1024 * 1024 * 1024 };
    try {
      // One row of a hundred 1 MB strings.
      const hundredMegabytes =
        "RETURN [x IN range(1, 100) | reduce(s = 'x', k IN range(1, 20) | s + s)] AS big";
      const error = await db.runQuery({ query: hundredMegabytes }, limits).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(QueryError);
      expect(error).toMatchObject({ status: 400, code: "memory" });
      expect((error as QueryError).message).toBe(
        "The answer to this query took more than the 64 MB the server gives one query before it could be measured (one row was too large): ask for less, for example with LIMIT or shorter lists and strings.",
      );
      expect((await db.runQuery({ query: "RETURN 1 AS one" }, limits)).rows).toEqual([[1]]);
    } finally {
      await small.close();
    }
  }, 120_000);
});

describe("every user query ends by its time limit plus a small grace", () => {
  it("against a user's own Neo4j, says what is still running when Neo4j does not stop a query", async () => {
    const started = performance.now();
    const error = await runUserQuery(
      driver,
      { query: STUCK_REDUCE },
      { timeoutMs: 1000, maxRows: 10, maxNodes: 10 },
    ).catch((e: unknown) => e);
    expect(performance.now() - started).toBeLessThan(answeredWithin(1000));
    expect(error).toBeInstanceOf(QueryError);
    expect((error as QueryError).status).toBe(504);
    expect((error as QueryError).message).toMatch(
      /^The query ran longer than 1 s and Neo4j was told to stop it, but (it still runs there as transaction neo4j-transaction-\d+ \(Terminated|it did not answer when asked whether it stopped, so it may still run there)/,
    );
  });

  it("the EXPLAIN check and a stuck query answer in time, and the local Neo4j is restarted to free them", async () => {
    const timeoutMs = 2000;
    const dense = densePattern();
    const answers = await Promise.all([
      post("/api/query/check", { query: dense, timeoutMs }),
      query({ query: dense, timeoutMs }),
      query({ query: STUCK_REDUCE, timeoutMs }),
    ]);
    const [check, denseRun, stuck] = answers;
    for (const answer of answers) expect(answer.ms).toBeLessThan(answeredWithin(timeoutMs));
    for (const answer of [check, denseRun, stuck]) expect(answer!.status).toBeGreaterThanOrEqual(500);
    // The first query found still running restarts Neo4j; the others may then find it unreachable.
    const restarting = answers.filter((a) => a.status === 503 && errorOf(a).code === "neo4j_restarting");
    expect(restarting.length).toBeGreaterThan(0);
    expect(errorOf(restarting[0]!).message).toMatch(
      /^The query ran longer than its time limit of 2 s and Neo4j did not stop it \((transaction neo4j-transaction-\d+|its transaction) \([^)]*\) kept running after it was terminated\), so the local Neo4j is being restarted to free it: try again in a minute\.$/,
    );
    for (const answer of answers.filter((a) => a.status !== 200)) {
      expect(["neo4j_restarting", "neo4j_unavailable", "timeout"]).toContain(errorOf(answer).code);
    }

    await watchdog.idle();
    expect(watchdogLog.join("\n")).toMatch(/restarting Neo4j to stop it[\s\S]*running again/);
    const { records } = await driver.executeQuery(
      "SHOW TRANSACTIONS YIELD currentQuery RETURN collect(currentQuery) AS queries",
    );
    const queries = records[0]?.get("queries") as string[];
    expect(queries.filter((q) => q.includes("reduce(") || q.includes("(n0)--(n1)"))).toEqual([]);
  }, 300_000);
});
