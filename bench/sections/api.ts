import { request as httpRequest } from "node:http";
import autocannon from "autocannon";
import neo4j from "neo4j-driver";
import { cypher } from "../../graph/neo4j/cypherFiles.ts";
import { startAppChild } from "../appServer.ts";
import { percentile, probeAlone, probeWhile, type ProbeRun } from "../measure/probe.ts";
import { mb, sampleRss } from "../measure/rss.ts";
import type { BenchNeo4j } from "../neo4j.ts";
import type { Results } from "../results.ts";
import { benchHealthDuringHugeRow } from "./hugeRow.ts";

const S = "api";

export interface PickedNode {
  id: string;
  degree: number;
  name: string;
}

export async function pickNodes(db: BenchNeo4j, around = 100) {
  const result = await db.driver.executeQuery(cypher("bench/pick-nodes"), {
    high: neo4j.int(20),
    low: neo4j.int(200),
    lowMax: neo4j.int(3),
    n: neo4j.int(around),
  });
  const record = result.records[0]!;
  const plain = (list: { id: string; degree: unknown; name: string }[]): PickedNode[] =>
    list.map((x) => ({ id: x.id, degree: Number(x.degree), name: x.name }));
  return {
    high: plain(record.get("high")),
    low: plain(record.get("low")),
    around: plain(record.get("around")),
  };
}

/** What Chromium sends in Accept-Encoding. */
const BROWSER_ENCODINGS = "gzip, deflate, br, zstd";

/**
 * POSTs a JSON body as a browser would and counts the answer's bytes as they
 * come over the wire (fetch would hand back the inflated body), with its size
 * once inflated.
 */
function postWeighed(url: string, body: string): Promise<{ wire: number; encoding: string }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      url,
      {
        method: "POST",
        headers: { "content-type": "application/json", "accept-encoding": BROWSER_ENCODINGS },
      },
      (res) => {
        let wire = 0;
        res.on("data", (chunk: Buffer) => (wire += chunk.length));
        res.on("end", () => resolve({ wire, encoding: String(res.headers["content-encoding"] ?? "none") }));
        res.on("error", reject);
      },
    );
    req.on("error", reject);
    req.end(body);
  });
}

export async function cannon(
  url: string,
  seconds: number,
  request: () => { method: "GET" | "POST"; path: string; body?: string },
): Promise<autocannon.Result> {
  return autocannon({
    url,
    connections: 20,
    duration: seconds,
    requests: [
      {
        setupRequest: (req) => {
          const next = request();
          return {
            ...req,
            method: next.method,
            path: next.path,
            // As a browser asks: the server then compresses its answers, and pays for it.
            headers: {
              "accept-encoding": BROWSER_ENCODINGS,
              ...(next.body ? { "content-type": "application/json" } : {}),
            },
            ...(next.body ? { body: next.body } : {}),
          };
        },
      },
    ],
  });
}

export function report(results: Results, label: string, run: autocannon.Result, section = S): void {
  const lat = run.latency as autocannon.Histogram & { p95?: number };
  results.figure(section, `${label} requests/s`, Math.round(run.requests.average), "req/s");
  results.figure(section, `${label} p50`, lat.p50, "ms");
  results.figure(
    section,
    `${label} p95`,
    lat.p95 ?? lat.p97_5,
    "ms",
    lat.p95 === undefined ? "p97.5: autocannon gives no p95" : undefined,
  );
  results.figure(section, `${label} p99`, lat.p99, "ms");
  results.figure(section, `${label} errors and non-2xx`, run.errors + run.timeouts + run.non2xx, "responses");
}

/** Health and schema (the graph's counts): alone, and during the 20-client expand load. */
function reportCounts(
  results: Results,
  size: string,
  alone: Map<string, ProbeRun>,
  during: Map<string, ProbeRun>,
): void {
  for (const [path, run] of alone) {
    const p50 = percentile(run.latencies, 50);
    results.figure(S, `${size} GET ${path} alone p50`, p50, "ms");
    results.figure(S, `${size} GET ${path} alone p99`, percentile(run.latencies, 99), "ms");
    results.target(S, `${size} GET ${path} alone p50`, p50, "ms", 20, false);
  }
  for (const [path, run] of during) {
    results.figure(S, `${size} GET ${path} during expand load p50`, percentile(run.latencies, 50), "ms");
    results.figure(S, `${size} GET ${path} during expand load p99`, percentile(run.latencies, 99), "ms");
    const timeouts = run.statuses.filter((s) => s === 504).length;
    results.figure(S, `${size} GET ${path} calls during expand load`, run.statuses.length, "calls");
    results.target(
      S,
      `${size} GET ${path} answers 504 during expand load`,
      timeouts,
      "responses",
      0,
      false,
    );
  }
}

/** expand and search under 20 concurrent clients against the product's server on the loaded graph. */
export async function benchApi(results: Results, db: BenchNeo4j, size: string, seconds: number) {
  console.log(`\n[api ${size}] 20 connections, ${seconds} s per route`);
  const nodes = await pickNodes(db);
  const hub = nodes.high[0];
  console.log(
    `  picked ${nodes.high.length} hubs (largest degree ${hub?.degree}) and ${nodes.low.length} leaves`,
  );
  const app = await startAppChild(db);
  const stopNeo4jRss = sampleRss(db.pid);
  const stopAppRss = sampleRss(app.pid);
  let seed = 1;
  // A small deterministic sequence, so two runs send the same requests.
  const next = (n: number) => {
    seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
    // The high bits: an LCG's low bits repeat with a short period (seed % 2 alternates).
    return Math.floor(seed / 65_536) % n;
  };
  try {
    // Warm up the JIT of the server, Neo4j's query cache and its page cache, as a running app
    // would be: every picked node is expanded once, one at a time, so the timed runs measure
    // answering and not the first reads of a store just loaded from disk. The first ten of each
    // pool are weighed too: the answer is most of what a hub's expansion costs.
    const answerBytes: Record<"high" | "low", number[]> = { high: [], low: [] };
    const jsonBytes: Record<"high" | "low", number[]> = { high: [], low: [] };
    let encoding = "none";
    for (const pool of ["high", "low"] as const) {
      for (const [i, node] of nodes[pool].entries()) {
        const body = JSON.stringify({ ids: [node.id], limit: 100 });
        const weighed = await postWeighed(`${app.url}/api/expand`, body);
        if (i >= 10) continue;
        encoding = weighed.encoding;
        answerBytes[pool].push(weighed.wire);
        const plain = await fetch(`${app.url}/api/expand`, {
          method: "POST",
          headers: { "content-type": "application/json", "accept-encoding": "identity" },
          body,
        });
        jsonBytes[pool].push((await plain.arrayBuffer()).byteLength);
        await fetch(`${app.url}/api/search?q=${encodeURIComponent(node.name.slice(0, 5))}&limit=10`);
      }
    }
    const mean = (xs: number[]) => Math.round(xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length) / 1024);
    const wireNote = `bytes over the wire as a browser receives them (content-encoding ${encoding})`;
    results.figure(S, `${size} expand answer size, 10 biggest hubs (mean)`, mean(answerBytes.high), "KB", wireNote);
    results.figure(S, `${size} expand answer size, 10 leaves (mean)`, mean(answerBytes.low), "KB", wireNote);
    results.figure(
      S,
      `${size} expand answer JSON, largest of the 10 biggest hubs (uncompressed)`,
      Math.round(Math.max(0, ...jsonBytes.high) / 1024),
      "KB",
    );
    results.target(
      S,
      `${size} expand answer size, largest of the 10 biggest hubs`,
      Math.round(Math.max(0, ...answerBytes.high) / 1024),
      "KB",
      30,
      false,
      `${wireNote}; the JSON itself is one edge per fact (was one per statement): in the generated corpus a hub and its 100 neighbours share about 1,500 facts (ten relationship types), and each edge keeps three element ids, its counts and the ways its statements are dated, which the time filter reads`,
    );
    const expandFrom = (pools: PickedNode[][]) => () => {
      const pool = pools[next(pools.length)]!;
      const node = pool[next(pool.length)]!;
      return {
        method: "POST" as const,
        path: "/api/expand",
        body: JSON.stringify({ ids: [node.id], limit: 100 }),
      };
    };
    const counted = ["/api/health", "/api/schema"];
    const alone = await probeAlone(app.url, counted, 50);
    // The target's run: 20 clients expanding and nothing else.
    const expand = await cannon(app.url, seconds, expandFrom([nodes.high, nodes.low]));
    report(results, `${size} POST /api/expand (half hubs, half leaves, limit 100)`, expand);
    // The same load again, with health and schema called one after another meanwhile (a busy
    // loop of its own on the same cores, so it is kept out of the expand figures above).
    const expanding = cannon(app.url, seconds, expandFrom([nodes.high, nodes.low]));
    const during = await probeWhile(app.url, counted, expanding);
    const probed = await expanding;
    reportCounts(results, size, alone, during);
    await benchHealthDuringHugeRow(results, app.url, size);
    report(
      results,
      `${size} POST /api/expand (leaves only)`,
      await cannon(app.url, seconds, expandFrom([nodes.low])),
    );
    report(
      results,
      `${size} POST /api/expand (20 biggest hubs only)`,
      await cannon(app.url, seconds, expandFrom([nodes.high])),
    );
    const names = [...nodes.high, ...nodes.low].map((n) => n.name);
    const search = await cannon(app.url, seconds, () => {
      const name = names[next(names.length)]!;
      const q = name.slice(0, 3 + next(Math.max(1, name.length - 2)));
      return { method: "GET", path: `/api/search?q=${encodeURIComponent(q)}&limit=10` };
    });
    report(results, `${size} GET /api/search (prefixes of names)`, search);
    const failures = [expand, probed].reduce((sum, run) => sum + run.errors + run.timeouts + run.non2xx, 0);
    results.target(
      S,
      `${size} expand p99 with 20 clients`,
      expand.latency.p99,
      "ms",
      100,
      false,
      "two shared cores run Neo4j, the API server and the load generator; a hub's expansion counts every statement of each fact between the hub and its 100 neighbours (tens of thousands of relationships in the generated corpus, read once per pair of ends) to give each edge its statements, articles, sources and dates",
    );
    results.target(
      S,
      `${size} expand and search errors`,
      failures + search.errors + search.timeouts + search.non2xx,
      "responses",
      0,
      false,
    );
  } finally {
    const neo = stopNeo4jRss();
    const appRss = stopAppRss();
    await app.stop();
    results.figure("memory", `${size} Neo4j peak RSS during the API run`, mb(neo.peak), "MB");
    results.figure("memory", `${size} API server (Node) peak RSS during the API run`, mb(appRss.peak), "MB");
  }
}
