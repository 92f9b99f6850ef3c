import { rmSync } from "node:fs";
import { expandRequestSchema } from "../../graph/contract/explorer.ts";
import { cypher } from "../../graph/neo4j/cypherFiles.ts";
import { expandParameters } from "../../graph/server/routes/expand.ts";
import { launchBrowser } from "../../tests/support/browser.ts";
import { startAppChild } from "../appServer.ts";
import { serveDir } from "../csv/serve.ts";
import type { BenchNeo4j } from "../neo4j.ts";
import type { ExpandTiming } from "../pages/expand.ts";
import type { Results } from "../results.ts";
import { pickNodes } from "./api.ts";
import { explorerExpandOnce } from "./explorerExpand.ts";
import { buildPages } from "./renderers.ts";

const S = "browser";
const TRIALS = 5;
const EXPLORER_LIMIT =
  "the explorer already draws its opening view (its entities and their relationships, with labels) when it expands, so each frame in software WebGL costs more than the bare page's; see the breakdown in the notes";

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
};

/** The statement POST /api/expand runs, through the driver alone, with the route's parameters. */
async function driverExpand(db: BenchNeo4j, id: string, limit: number): Promise<number> {
  const parameters = expandParameters(expandRequestSchema.parse({ ids: [id], limit }));
  const started = performance.now();
  await db.driver.executeQuery(cypher("api/expand"), parameters, { routing: "READ" });
  return performance.now() - started;
}

/**
 * Query to screen: a click on Expand, POST /api/expand through the product's
 * server, the neighbours added to a graphology graph and drawn by sigma (the
 * explorer's stack), against the raw driver time of the same statements.
 */
export async function benchExpand(results: Results, db: BenchNeo4j, size: string): Promise<void> {
  console.log(
    `\n[query to screen ${size}] expand click to drawn vs the driver, ${TRIALS} trials each (medians)`,
  );
  const app = await startAppChild(db);
  const pagesDir = await buildPages();
  const server = await serveDir(pagesDir, app.url);
  const { browser, close } = await launchBrowser();
  try {
    for (const want of [100, 1000]) {
      // Degree counts parallel relationships: ask for twice as many to find enough distinct neighbours.
      const { around, high } = await pickNodes(db, want * 2);
      const node = around[0] ?? high.find((n) => n.degree >= want * 2) ?? high[0];
      if (!node) {
        results.skipped(
          S,
          `expand to drawn with ${want} neighbours`,
          `no entity of the ${size} graph has ${want} neighbours`,
        );
        continue;
      }
      const screen: ExpandTiming[] = [];
      const failures: string[] = [];
      for (let trial = 0; trial <= TRIALS; trial++) {
        const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
        try {
          await page.goto(server.url(`expand.html?id=${encodeURIComponent(node.id)}&limit=${want}`));
          await page.waitForFunction(() => window.__expandReady === true);
          await page.click("#expand");
          await page.waitForFunction(
            () => window.__expand !== undefined || window.__expandError !== undefined,
            undefined,
            { timeout: 120_000 },
          );
          const error = await page.evaluate(() => window.__expandError);
          const timing = await page.evaluate(() => window.__expand);
          if (error || !timing) failures.push(error ?? "no timing");
          else if (trial > 0) screen.push(timing); // the first is a warm-up
        } finally {
          await page.close();
        }
      }
      if (failures.length > 0) {
        results.figure(
          S,
          `${size} failed expand clicks (${want} neighbours)`,
          failures.length,
          "clicks",
          failures[0],
        );
      }
      if (screen.length === 0) {
        results.skipped(S, `expand to drawn with ${want} neighbours`, `every click failed: ${failures[0]}`);
        continue;
      }
      const driverTimes: number[] = [];
      for (let trial = 0; trial <= TRIALS; trial++) {
        const ms = await driverExpand(db, node.id, want);
        if (trial > 0) driverTimes.push(ms);
      }
      const total = Math.round(median(screen.map((s) => s.totalMs)));
      const fetched = Math.round(median(screen.map((s) => s.fetchMs)));
      const raw = Math.round(median(driverTimes) * 10) / 10;
      const drawnNodes = screen[0]?.nodes ?? 0;
      results.figure(
        S,
        `${size} expand click to ${drawnNodes} new nodes drawn (degree ${node.degree})`,
        total,
        "ms",
        `of which the API answer ${fetched} ms`,
      );
      results.figure(S, `${size} the same expand statements through the driver`, raw, "ms");
      const ratio = Math.round((total / Math.max(raw, 0.1)) * 100) / 100;
      results.figure(S, `${size} expand to drawn / driver time, ${want} neighbours`, ratio, "×");
      if (want === 100) {
        // The explorer's own Expand button (it asks for its default 100 neighbours).
        const explorer: number[] = [];
        let explorerError = "";
        let added = 0;
        for (let trial = 0; trial <= TRIALS; trial++) {
          const outcome = await explorerExpandOnce(browser, app.url, node.id);
          if ("error" in outcome) explorerError = outcome.error;
          else if (trial > 0) {
            explorer.push(outcome.totalMs);
            added = outcome.added;
          }
        }
        if (explorer.length > 0) {
          const ms = Math.round(median(explorer));
          results.figure(
            S,
            `${size} explorer: Expand click to ${added} new nodes drawn`,
            ms,
            "ms",
            `median of ${explorer.length}`,
          );
          const explorerRatio = Math.round((ms / Math.max(raw, 0.1)) * 100) / 100;
          results.figure(
            S,
            `${size} explorer expand to drawn / driver time, 100 neighbours`,
            explorerRatio,
            "×",
          );
          results.target(
            S,
            `${size} explorer Expand click to drawn, 100 neighbours (median)`,
            ms,
            "ms",
            300,
            false,
            EXPLORER_LIMIT,
          );
          results.target(
            S,
            `${size} explorer Expand click to drawn vs driver time, 100 neighbours`,
            explorerRatio,
            "×",
            3,
            false,
            EXPLORER_LIMIT,
          );
        } else {
          results.skipped(S, "the explorer's own Expand click to drawn", explorerError);
        }
        results.target(
          S,
          `${size} expand to drawn vs driver time, 100 neighbours`,
          ratio,
          "×",
          2,
          false,
          "a frame in software WebGL plus HTTP and JSON on a loaded 2-core machine are fixed costs of tens of ms that a fast query cannot hide",
        );
      }
    }
  } finally {
    await close();
    await server.close();
    await app.stop();
    rmSync(pagesDir, { recursive: true, force: true });
  }
}
