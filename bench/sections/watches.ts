import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, dirname, join } from "node:path";
import neo4j from "neo4j-driver";
import { WATCH_VERSION, type Watch, type WatchTarget } from "../../graph/contract/watches.ts";
import { GraphDb } from "../../graph/db/graphDb.ts";
import { loadArticles } from "../../graph/loader/load.ts";
import { cypher } from "../../graph/neo4j/cypherFiles.ts";
import { defaultQuerySettings } from "../../graph/query/settings.ts";
import { PUBLISH_WATCH_WAIT_MS, checkWatches } from "../../graph/watches/check.ts";
import { writeWatch } from "../../graph/watches/files.ts";
import { findForEntities, findForPairs, findForQueries, savedQueryRows } from "../../graph/watches/find.ts";
import { recordBaseline } from "../../graph/watches/record.ts";
import type { Dataset } from "../dataset.ts";
import type { BenchNeo4j } from "../neo4j.ts";
import type { Results } from "../results.ts";

const S = "watches";
const ARTICLES = 5;
const ROUNDS = 2;
/** Saved queries watched: three that seek a few entities and two that read every relationship. */
const QUERIES = [
  "04-rosatom-in-mali",
  "06-africa-corps-and-wagner",
  "08-people-and-roles",
  "13-reported-by-several-articles",
  "14-independent-sources-per-fact",
];

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function timed<T>(work: () => Promise<T>): Promise<[T, number]> {
  const started = performance.now();
  const value = await work();
  return [value, performance.now() - started];
}

function entitiesOf(dir: string): string[] {
  const annotation = JSON.parse(readFileSync(join(dir, "annotation.json"), "utf8")) as {
    entities: { id: string }[];
  };
  return annotation.entities.map((e) => e.id);
}

/**
 * 50 watches over the loaded graph: 25 entities (15 hubs, 10 named by the
 * articles published), 20 pairs (article entity to hub within 3 hops, hub to
 * hub within 4, article entity to article entity within 2) and 5 saved
 * queries; each published article names some of them, as a real watch list would.
 */
function watchList(hubs: string[], named: string[][]): WatchTarget[] {
  const fromArticles = named.flatMap((ids) => ids.slice(0, 2));
  const entity = [...hubs.slice(0, 15), ...fromArticles.slice(0, 10)].map((id): WatchTarget => ({
    kind: "entity",
    entity: id,
  }));
  const pairs: WatchTarget[] = [];
  for (let i = 0; i < 10; i++)
    pairs.push({ kind: "pair", from: fromArticles[i % fromArticles.length]!, to: hubs[i]!, hops: 3 });
  for (let i = 0; i < 5; i++) pairs.push({ kind: "pair", from: hubs[i]!, to: hubs[i + 5]!, hops: 4 });
  for (let i = 0; i < 5; i++) {
    pairs.push({
      kind: "pair",
      from: named[i % named.length]![0]!,
      to: named[(i + 1) % named.length]![1] ?? hubs[0]!,
      hops: 2,
    });
  }
  const queries = QUERIES.map((query): WatchTarget => ({ kind: "query", query }));
  return [...entity, ...pairs, ...queries];
}

/**
 * What checking 50 watches adds to a publish at this size: each of 5
 * articles is loaded again (the publish's load) and the watches are checked
 * against it, twice (the first check records alerts, the second finds them
 * seen). Also each kind's statement alone, to say where the time goes.
 */
export async function benchWatches(results: Results, graph: BenchNeo4j, dataset: Dataset): Promise<void> {
  console.log(`\n[watches ${dataset.size}] 50 watches checked after each publish`);
  const db = new GraphDb(graph.driver, undefined, 60_000);
  const dir = join(mkdtempSync(join(tmpdir(), "dossier-bench-watches-")), "watches");
  try {
    const hubs = (
      await graph.driver.executeQuery(cypher("bench/watch-hubs"), { n: neo4j.int(20) })
    ).records.map((r) => String(r.get("id")));
    const step = Math.floor(dataset.dirs.length / ARTICLES);
    const dirs = Array.from({ length: ARTICLES }, (_, i) => dataset.dirs[i * step]!);
    const targets = watchList(hubs, dirs.map(entitiesOf));
    const created = new Date().toISOString();
    const watches: Watch[] = targets.map((target, i) => ({
      version: WATCH_VERSION,
      id: `bench-${i}`,
      label: `bench ${i}`,
      created,
      target,
    }));
    for (const watch of watches) writeWatch(dir, watch);
    // As adding them does: a query watch takes the rows of now as seen.
    for (const watch of watches) {
      if (watch.target.kind !== "query") continue;
      const rows = await savedQueryRows(db, watch.target.query, { limits: defaultQuerySettings.limits });
      await recordBaseline(dir, watch, rows.keys);
    }

    const loads: number[] = [];
    const checks: number[] = [];
    const waits: number[] = [];
    const parts = { entity: [] as number[], pair: [] as number[], query: [] as number[] };
    let alerts = 0;
    for (let round = 0; round < ROUNDS; round++) {
      for (const articleDir of dirs) {
        const slugs = [basename(articleDir)];
        loads.push((await timed(() => loadArticles(graph.driver, [articleDir])))[1]);
        // As a publish checks: it answers after PUBLISH_WATCH_WAIT_MS at most, the rest ends after.
        const started = performance.now();
        const outcome = await checkWatches(db, dir, slugs, { waitMs: PUBLISH_WATCH_WAIT_MS });
        waits.push(performance.now() - started);
        const done = await outcome.done;
        checks.push(performance.now() - started);
        if (done.warnings.length > 0) console.log(`  warnings: ${done.warnings.join(" ")}`);
        alerts += done.alerts.length;
        parts.entity.push((await timed(() => findForEntities(db, watches, slugs)))[1]);
        parts.pair.push((await timed(() => findForPairs(db, watches, slugs)))[1]);
        parts.query.push(
          (
            await timed(() => findForQueries(db, watches, { limits: defaultQuerySettings.limits }, () => {}))
          )[1],
        );
      }
    }
    const size = dataset.size;
    results.figure(
      S,
      `${size} publish's load of one article (median of ${loads.length})`,
      Math.round(median(loads)),
      "ms",
    );
    results.figure(
      S,
      `${size} check of 50 watches after a publish, median of ${checks.length}`,
      Math.round(median(checks)),
      "ms",
    );
    results.figure(
      S,
      `${size} publish's wait for the check (it answers after ${PUBLISH_WATCH_WAIT_MS} ms at most), median of ${waits.length}`,
      Math.round(median(waits)),
      "ms",
    );
    results.figure(S, `${size} alerts raised over the ${checks.length} checks`, alerts, "alerts");
    results.figure(
      S,
      `${size} 25 entity watches, one statement (median)`,
      Math.round(median(parts.entity)),
      "ms",
    );
    results.figure(
      S,
      `${size} 20 pair watches, one statement (median)`,
      Math.round(median(parts.pair)),
      "ms",
    );
    results.figure(
      S,
      `${size} 5 saved-query watches, one run each (median)`,
      Math.round(median(parts.query)),
      "ms",
    );
    results.target(
      S,
      `${size} check of 50 watches after a publish (slowest of ${checks.length})`,
      Math.round(Math.max(...checks)),
      "ms",
      1000,
      false,
      "the saved queries that read every relationship (13, 14), which run whole after each publish: a publish waits at most 1 s for the check and their alerts come after it, saying so; and the neighbour sets of the hub entities that pair watches read",
    );
  } finally {
    rmSync(dirname(dir), { recursive: true, force: true });
  }
}
