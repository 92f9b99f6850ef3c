import { startAppChild } from "../appServer.ts";
import type { BenchNeo4j } from "../neo4j.ts";
import type { Results } from "../results.ts";
import { cannon, report } from "./api.ts";

const S = "timeline";
const UNITS = ["day", "month", "year"] as const;

/**
 * The timeline's bins (GET /api/timeline) under 20 concurrent clients, the
 * units taking turns as zooming would ask for them; and each unit alone.
 */
export async function benchTimeline(results: Results, db: BenchNeo4j, size: string, seconds: number) {
  console.log(`\n[timeline ${size}] 20 connections, ${seconds} s per run`);
  const app = await startAppChild(db);
  try {
    // Warm up the server's JIT and Neo4j's query cache, as a running app would be.
    for (let i = 0; i < 10; i++)
      for (const unit of UNITS) await fetch(`${app.url}/api/timeline?unit=${unit}`);
    let turn = 0;
    const mixed = await cannon(app.url, seconds, () => ({
      method: "GET",
      path: `/api/timeline?unit=${UNITS[turn++ % UNITS.length]}`,
    }));
    const label = `${size} GET /api/timeline (day, month and year in turn)`;
    report(results, label, mixed, S);
    results.target(
      S,
      `${size} timeline bins p99 with 20 clients`,
      mixed.latency.p99,
      "ms",
      200,
      false,
      "the bins are read from Neo4j once per unit and shared, so what is left is HTTP and JSON on two cores shared by the server and the 20-client load generator",
    );
    const bins = (await (await fetch(`${app.url}/api/timeline?unit=day`)).json()) as { event: unknown[] };
    results.figure(S, `${size} day bins in the event lane`, bins.event.length, "bins");
  } finally {
    await app.stop();
  }
}
