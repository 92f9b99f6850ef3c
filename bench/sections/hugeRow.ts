import { percentile, probeWhile } from "../measure/probe.ts";
import type { Results } from "../results.ts";

const S = "api";
const HUGE_ROW = "RETURN range(1, 10000000) AS r";

/**
 * `/api/health` called one after another while one workbench query returns a
 * single huge row (ten million numbers, which the driver takes minutes to
 * decode): the query is received in a worker thread, so the server's own
 * thread keeps answering, and its connection is closed once the row on its
 * way passes the answer's byte limit (answered as cut by bytes).
 */
export async function benchHealthDuringHugeRow(results: Results, url: string, size: string): Promise<void> {
  const started = performance.now();
  const huge = fetch(`${url}/api/query`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query: HUGE_ROW }),
  }).then(async (response) => {
    await response.arrayBuffer();
    return { status: response.status, ms: performance.now() - started };
  });
  const health = (await probeWhile(url, ["/api/health"], huge)).get("/api/health")!;
  const answer = await huge;
  const label = `${size} GET /api/health while ${HUGE_ROW} runs`;
  results.figure(S, `${label}: calls`, health.latencies.length, "calls");
  results.figure(S, `${label} p50`, percentile(health.latencies, 50), "ms");
  results.figure(S, `${HUGE_ROW} answered (HTTP ${answer.status}) after`, Math.round(answer.ms), "ms");
  results.target(S, `${label} p99`, percentile(health.latencies, 99), "ms", 200, false);
  results.target(
    S,
    `${label}: answers other than 200`,
    health.statuses.filter((status) => status !== 200).length,
    "responses",
    0,
    false,
  );
}
