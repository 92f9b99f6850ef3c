import { setTimeout as delay } from "node:timers/promises";

/** One explorer request that did not answer 200. */
export interface FailedRequest {
  route: "search" | "expand" | "node";
  status: number;
  /** The error code of the answer, or why no answer came. */
  why: string;
}

export interface PollRecord {
  requests: number;
  failed: FailedRequest[];
  /** The slowest answer seen, in ms, which route, and when it was sent (ms after polling began). */
  slowestMs: number;
  slowest: { route: FailedRequest["route"]; sentAtMs: number } | undefined;
}

/** How long one explorer request may take before it counts as failed. */
const REQUEST_LIMIT_MS = 30_000;

async function call(url: string, init: RequestInit = {}): Promise<{ status: number; body: unknown }> {
  const response = await fetch(url, { ...init, signal: AbortSignal.timeout(REQUEST_LIMIT_MS) });
  const text = await response.text();
  let body: unknown = text;
  try {
    body = JSON.parse(text) as unknown;
  } catch {
    // Not JSON: kept as text for the record.
  }
  return { status: response.status, body };
}

/**
 * A second client of the explorer, as another user clicking: every `everyMs`
 * it searches for `term`, expands the first hit and opens it (search, expand,
 * node), and records every answer that is not 200. `stop()` ends the polling
 * and gives the record.
 */
export function pollExplorer(
  baseUrl: string,
  term: string,
  everyMs = 200,
): { stop: () => Promise<PollRecord> } {
  const record: PollRecord = { requests: 0, failed: [], slowestMs: 0, slowest: undefined };
  const began = performance.now();
  let stopped = false;
  let nodeId: string | undefined;

  const one = async (route: FailedRequest["route"], path: string, init?: RequestInit) => {
    const started = performance.now();
    record.requests += 1;
    try {
      const answer = await call(`${baseUrl}${path}`, init);
      if (performance.now() - started > record.slowestMs) {
        record.slowestMs = performance.now() - started;
        record.slowest = { route, sentAtMs: started - began };
      }
      if (answer.status !== 200) {
        const code = (answer.body as { error?: { code?: string } }).error?.code ?? "";
        record.failed.push({ route, status: answer.status, why: code });
      }
      return answer.body;
    } catch (error) {
      record.failed.push({ route, status: 0, why: error instanceof Error ? error.message : String(error) });
      return undefined;
    }
  };

  const loop = (async () => {
    while (!stopped) {
      const tick = delay(everyMs);
      const search = (await one("search", `/api/search?q=${encodeURIComponent(term)}`)) as
        { hits?: Array<{ node: { id: string } }> } | undefined;
      nodeId = search?.hits?.[0]?.node.id ?? nodeId;
      if (nodeId !== undefined) {
        await Promise.all([
          one("expand", "/api/expand", {
            method: "POST",
            headers: { "content-type": "application/json" },
            body: JSON.stringify({ ids: [nodeId] }),
          }),
          one("node", `/api/nodes/${encodeURIComponent(nodeId)}`),
        ]);
      }
      await tick;
    }
  })();

  return {
    stop: async () => {
      stopped = true;
      await loop;
      return record;
    },
  };
}

/** "0 of 450 explorer requests failed", or the first failures named. */
export function describePoll(record: PollRecord): string {
  const failures = record.failed
    .slice(0, 3)
    .map((f) => `${f.route} ${f.status}${f.why ? ` ${f.why}` : ""}`)
    .join(", ");
  const slowest = record.slowest
    ? `, slowest ${Math.round(record.slowestMs)} ms (${record.slowest.route}, sent at ${(record.slowest.sentAtMs / 1000).toFixed(1)} s)`
    : "";
  return `${record.failed.length} of ${record.requests} explorer requests failed${failures ? ` (${failures})` : ""}${slowest}`;
}
