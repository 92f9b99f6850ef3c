import type { FastifyInstance, InjectOptions } from "fastify";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import {
  healthResponseSchema,
  nodeDetailsSchema,
  searchResponseSchema,
} from "../../graph/contract/explorer.ts";
import type { ErrorBody } from "../../graph/contract/errorCodes.ts";
import { exampleGraph, exampleIds } from "../../graph/contract/examples.ts";
import { graphJsonSchema } from "../../graph/contract/graph.ts";
import { queryCheckSchema, queryResultSchema } from "../../graph/contract/workbench.ts";
import { defaultQuerySettings } from "../../graph/query/settings.ts";
import { buildServer } from "../../graph/server/app.ts";
import { MemoryDatabase, type MemoryPlan, driverError } from "../support/memoryDb.ts";

/** The plans EXPLAIN would give for the queries these tests send. */
function plan(query: string): MemoryPlan {
  if (query.startsWith("CREATE"))
    return { queryType: "w", operators: [{ operatorType: "Create", details: "" }] };
  if (query.startsWith("LOAD CSV"))
    return { queryType: "r", operators: [{ operatorType: "LoadCSV", details: "" }] };
  if (query.startsWith("CALL")) {
    const procedure = query.slice(5).split("(")[0] ?? "";
    return {
      queryType: "r",
      operators: [{ operatorType: "ProcedureCall", details: `${procedure}() :: ()` }],
    };
  }
  return { queryType: "r", operators: [{ operatorType: "AllNodesScan", details: "n" }] };
}

let db: MemoryDatabase;
let app: FastifyInstance;
let writable: FastifyInstance;

beforeAll(async () => {
  db = new MemoryDatabase(exampleGraph, plan);
  // Every call reaches the stand-in database here (the shared answers have their own test).
  app = await buildServer({ db, derivedCache: { freshMs: 0, staleMs: 0 } });
  writable = await buildServer({ db, query: { ...defaultQuerySettings, allowWrites: true } });
});
afterAll(async () => {
  await app.close();
  await writable.close();
});
beforeEach(() => {
  db.failWith(undefined);
  db.calls.length = 0;
});

/** A request as the app's own page sends it: to 127.0.0.1, JSON in and out. */
async function send(options: InjectOptions, on = app) {
  const answer = await on.inject({ ...options, headers: { host: "127.0.0.1", ...options.headers } });
  return { status: answer.statusCode, body: answer.json<unknown>() };
}
const get = (url: string, headers: Record<string, string> = {}) => send({ method: "GET", url, headers });
const post = (url: string, payload: unknown) => send({ method: "POST", url, payload: payload as object });

function error(body: unknown): ErrorBody["error"] {
  return (body as ErrorBody).error;
}

describe("request validation: 400 naming the field, nothing read", () => {
  it.each([
    ["GET", "/api/search", undefined, /^Query string: field "q" is required/],
    ["GET", "/api/search?q=mali&limit=0", undefined, /^Query string: field "limit" must be from 1 to 50\.$/],
    ["GET", "/api/search?q=mali&limit=two", undefined, /field "limit" must be a number/],
    ["POST", "/api/expand", { ids: "x" }, /^Request body: field "ids" must be a list of node element ids\.$/],
    ["POST", "/api/expand", { ids: [exampleIds.goita], limit: 0 }, /field "limit" must be from 1 to 1000/],
    ["POST", "/api/expand", { ids: [exampleIds.goita], direction: "up" }, /field "direction" must be "out"/],
    [
      "POST",
      "/api/expand",
      { ids: [exampleIds.goita], colour: 1 },
      /^Request body: unknown field "colour"\.$/,
    ],
    ["POST", "/api/expand", [1, 2], /^Request body must be a JSON object such as/],
    [
      "POST",
      "/api/expand",
      { ids: [exampleIds.goita], detail: "all" },
      /field "detail" must be "light" or "full"/,
    ],
    [
      "POST",
      "/api/graph/elements",
      { nodeIds: "x" },
      /^Request body: field "nodeIds" must be a list of node element ids\.$/,
    ],
    ["POST", "/api/graph/elements", { nodeIds: Array(5001).fill("4:x:1") }, /must list at most 5000 ids/],
    ["POST", "/api/paths", { from: exampleIds.goita }, /field "to" must be a node element id/],
    [
      "POST",
      "/api/paths",
      { from: exampleIds.goita, to: exampleIds.mali, maxHops: 9 },
      /field "maxHops" must be from 1 to 8/,
    ],
    ["POST", "/api/query", { query: "   " }, /query is empty: type a Cypher statement/],
    ["POST", "/api/query", { query: "RETURN 1", params: [1] }, /params must be a JSON object/],
    ["POST", "/api/query", { query: "RETURN 1", timeoutMs: -5 }, /timeoutMs must be greater than 0/],
    [
      "POST",
      "/api/query",
      { query: "RETURN 1", extra: 1 },
      /unknown field\(s\) extra; expected query, params, timeoutMs/,
    ],
    ["POST", "/api/query/check", {}, /query must be a string of Cypher/],
    [
      "POST",
      "/api/query",
      { query: "RETURN $d", params: { d: { $type: "date", value: "2025-06-23" } } },
      /\$d .*date\(\$d\)/,
    ],
  ] as const)("%s %s %j", async (method, url, payload, message) => {
    const answer = method === "GET" ? await get(url) : await post(url, payload);
    expect(answer.status).toBe(400);
    expect(error(answer.body).message).toMatch(message);
    expect(db.calls).toEqual([]);
  });

  it("answers malformed JSON with 400 bad_request", async () => {
    const answer = await send({
      method: "POST",
      url: "/api/expand",
      payload: '{"ids": [',
      headers: { "content-type": "application/json" },
    });
    expect(answer.status).toBe(400);
    expect(error(answer.body).code).toBe("bad_request");
  });
});

describe("same-origin guard", () => {
  it("refuses another origin, an opaque origin and another host name with 403", async () => {
    const foreign = await get("/api/health", { origin: "https://attacker.example" });
    expect(foreign.status).toBe(403);
    expect(error(foreign.body)).toEqual({
      code: "forbidden_origin",
      message: 'Requests from origin "https://attacker.example" are refused.',
    });
    const opaque = await get("/api/health", { origin: "null" });
    expect(error(opaque.body).code).toBe("forbidden_origin");
    const rebound = await get("/api/health", { host: "attacker.example" });
    expect(rebound.status).toBe(403);
    expect(error(rebound.body).code).toBe("forbidden_host");
    expect(db.calls).toEqual([]);
  });

  it("serves the page's own origin", async () => {
    const answer = await get("/api/health", { origin: "http://127.0.0.1" });
    expect(answer.status).toBe(200);
    expect(healthResponseSchema.parse(answer.body).counts.nodes).toBe(2);
  });
});

describe("POST /api/graph/elements", () => {
  it("answers the nodes and relationships asked for, whole, in one read, then one for the facts' counts", async () => {
    const answer = await post("/api/graph/elements", {
      nodeIds: [exampleIds.mali, exampleIds.goita],
      relationshipIds: [exampleIds.leads],
    });
    expect(answer.status).toBe(200);
    const graph = graphJsonSchema.parse(answer.body);
    expect(graph.nodes.map((n) => n.id).sort()).toEqual([exampleIds.goita, exampleIds.mali].sort());
    // (The in-memory database holds JS numbers, which encode as floats: compare the rest.)
    expect(graph.relationships.map((r) => r.properties.evidence)).toEqual(
      exampleGraph.relationships.map((r) => r.properties.evidence),
    );
    expect(graph.nodes.find((n) => n.id === exampleIds.goita)?.properties.aliases).toEqual([
      "Giota",
      "Goita",
    ]);
    expect(db.calls).toEqual(["api/elements", "api/facts"]);
  });

  it("answers 404 naming an id that names nothing", async () => {
    const gone = "5:c0ffee00-0000-4000-8000-000000000000:99";
    const answer = await post("/api/graph/elements", { relationshipIds: [exampleIds.leads, gone] });
    expect(answer.status).toBe(404);
    expect(error(answer.body).message).toBe(`No relationship has the id "${gone}".`);
    db.calls.length = 0;
    const garbage = await post("/api/graph/elements", { nodeIds: ["not-an-id"] });
    expect(error(garbage.body).message).toBe('No node has the id "not-an-id".');
    expect(db.calls).toEqual([]);
  });
});

describe("error mapping", () => {
  it("answers 404 for an element id that names nothing, and for one that is not an element id without reading", async () => {
    const missing = await get(
      `/api/nodes/${encodeURIComponent("4:c0ffee00-0000-4000-8000-000000000000:99")}`,
    );
    expect(missing.status).toBe(404);
    expect(error(missing.body)).toEqual({
      code: "not_found",
      message: 'No node has the id "4:c0ffee00-0000-4000-8000-000000000000:99".',
    });
    db.calls.length = 0;
    const garbage = await get("/api/relationships/not-an-id");
    expect(garbage.status).toBe(404);
    expect(error(garbage.body).message).toBe('No relationship has the id "not-an-id".');
    expect(db.calls).toEqual([]);
    const article = await get("/api/articles/no-such-article");
    expect(article.status).toBe(404);
    expect(error(article.body).message).toBe('No article has the slug "no-such-article".');
    const route = await get("/api/nothing-here");
    expect(route.status).toBe(404);
    expect(error(route.body).message).toBe("No route GET /api/nothing-here.");
  });

  it("answers 503 neo4j_unavailable on every route while Neo4j cannot be reached", async () => {
    db.failWith(
      driverError("ServiceUnavailable", "Could not perform discovery. No routing servers available."),
    );
    for (const answer of [
      await get("/api/health"),
      await get("/api/search?q=mali"),
      await post("/api/expand", { ids: [exampleIds.goita] }),
      await post("/api/query", { query: "MATCH (n) RETURN count(n)" }),
      await post("/api/query/check", { query: "MATCH (n) RETURN n" }),
    ]) {
      expect(answer.status).toBe(503);
      expect(error(answer.body)).toEqual({
        code: "neo4j_unavailable",
        message: "Neo4j is not reachable right now; try again in a moment.",
      });
    }
  });

  it("answers 504 timeout when Neo4j stops a statement at its time limit", async () => {
    db.failWith(driverError("Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration"));
    const answer = await get(`/api/nodes/${encodeURIComponent(exampleIds.goita)}`);
    expect(answer.status).toBe(504);
    expect(error(answer.body).code).toBe("timeout");
  });

  it("answers 503 neo4j_auth when Neo4j refuses the credentials, and 500 without details for anything else", async () => {
    db.failWith(driverError("Neo.ClientError.Security.Unauthorized"));
    const refused = await get("/api/schema");
    expect(refused.status).toBe(503);
    expect(error(refused.body).code).toBe("neo4j_auth");
    db.failWith(new Error("disk on fire at /var/lib/neo4j"));
    const broken = await get("/api/schema");
    expect(broken.status).toBe(500);
    const { requestId, ...rest } = error(broken.body);
    expect(rest).toEqual({
      code: "internal",
      message: `Something went wrong on the server (request ${requestId}; its log says what).`,
    });
    expect(JSON.stringify(broken.body)).not.toContain("/var/lib/neo4j");
  });
});

describe("query policy", () => {
  it.each([
    ["CREATE (n:Intruder)", /writes to the database.*read-only mode/],
    ["LOAD CSV FROM 'file:///etc/passwd' AS line RETURN line", /LOAD CSV is not allowed in read-only mode/],
    ["CALL dbms.listConfig()", /procedure dbms\.listConfig is not allowed in read-only mode/],
  ])("refuses %s with 403 read_only, on run and on check", async (query, message) => {
    for (const url of ["/api/query", "/api/query/check"]) {
      const answer = await post(url, { query });
      expect(answer.status, url).toBe(403);
      expect(error(answer.body).code).toBe("read_only");
      expect(error(answer.body).message).toMatch(message);
    }
  });

  it("runs reads and allowed procedures; with writes allowed, the check lets a write through", async () => {
    const read = await post("/api/query", { query: "MATCH (n) RETURN count(n)" });
    expect(read.status).toBe(200);
    expect(queryResultSchema.parse(read.body).rows).toEqual([[2]]);
    const labels = await post("/api/query/check", { query: "CALL db.labels()" });
    expect(queryCheckSchema.parse(labels.body)).toEqual({ ok: true });
    const write = await send(
      { method: "POST", url: "/api/query/check", payload: { query: "CREATE (n)" } },
      writable,
    );
    expect(write).toEqual({ status: 200, body: { ok: true } });
  });
});

describe("answers follow the contract", () => {
  it("search and node details parse with their route's schema", async () => {
    const search = await get("/api/search?q=Assimi");
    expect(search.status).toBe(200);
    expect(searchResponseSchema.parse(search.body).hits.map((h) => h.node.id)).toEqual([exampleIds.goita]);
    const node = await get(`/api/nodes/${encodeURIComponent(exampleIds.goita)}`);
    expect(node.status).toBe(200);
    const details = nodeDetailsSchema.parse(node.body);
    expect(details.node.properties.name).toBe("Assimi Goïta");
    expect(details.totalDegree).toBe(1);
  });
});
