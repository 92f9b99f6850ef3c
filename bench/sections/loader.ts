import { bulkLoadInputs } from "../../graph/loader/bulk/load.ts";
import { loadArticles, readArticles } from "../../graph/loader/load.ts";
import { DEFAULT_BATCH_SIZE, ensureSchema } from "../../graph/loader/write.ts";
import { resetLoadedData } from "../../graph/loader/write.ts";
import type { Dataset } from "../dataset.ts";
import { planOf } from "../dataset.ts";
import { mb, sampleRss } from "../measure/rss.ts";
import { type BenchNeo4j, startBenchNeo4j } from "../neo4j.ts";
import type { Results } from "../results.ts";
import { countAll, loadWithLoadCsv } from "./loadCsv.ts";
import { loadPerRow } from "./perRow.ts";

const S = "loader";
const CSV_BATCH = 10_000;

/** Our loader into a fresh store: relationships written, seconds, Neo4j peak RSS. */
async function runLoader(
  dataset: Dataset,
  dirs: readonly string[],
  batchSize: number,
  perRowSample = 0,
  keep = false,
) {
  const db = await startBenchNeo4j();
  let kept = false;
  try {
    await ensureSchema(db.driver);
    let perRow: { relationships: number; seconds: number } | undefined;
    if (perRowSample > 0) {
      const plans = [];
      let relations = 0;
      for (const dir of dataset.dirs) {
        if (relations >= perRowSample) break;
        const plan = planOf(dir);
        plans.push(plan);
        relations += plan.relations.length;
      }
      perRow = await loadPerRow(db.driver, plans);
      await resetLoadedData(db.driver);
    }
    const stopRss = sampleRss(db.pid);
    const started = performance.now();
    await loadArticles(db.driver, dirs, { batchSize });
    const seconds = (performance.now() - started) / 1000;
    const rss = stopRss();
    const counts = await countAll(db.driver);
    kept = keep;
    return {
      ...counts,
      seconds,
      rssPeak: rss.peak,
      perRow,
      db: keep ? { ...db, articlesDir: dataset.dir } : undefined,
    };
  } finally {
    if (!kept) await db.stop();
  }
}

/**
 * A user's first load of the corpus into an empty local store: the bulk
 * import end to end (read, validate, plan, write the import files, stop
 * Neo4j, import, start it again, create the schema).
 */
async function runBulk(dataset: Dataset) {
  const db = await startBenchNeo4j();
  try {
    const started = performance.now();
    // Where the time goes: each step printed with the seconds since the start.
    const log = (line: string) =>
      console.log(`    at ${((performance.now() - started) / 1000).toFixed(1)} s: ${line}`);
    log("Reading and validating the articles...");
    const inputs = readArticles(dataset.dirs);
    await bulkLoadInputs(inputs, { instance: db.options, connection: db.connection, log });
    const seconds = (performance.now() - started) / 1000;
    const counts = await countAll(db.driver);
    return { ...counts, seconds };
  } finally {
    await db.stop();
  }
}

async function runLoadCsv(dataset: Dataset, batch: number) {
  const db = await startBenchNeo4j();
  try {
    await ensureSchema(db.driver);
    const stopRss = sampleRss(db.pid);
    const seconds = await loadWithLoadCsv(db.driver, dataset.csvDir, batch);
    const rss = stopRss();
    const counts = await countAll(db.driver);
    return { ...counts, seconds, rssPeak: rss.peak };
  } finally {
    await db.stop();
  }
}

/**
 * Loader throughput against LOAD CSV ... IN TRANSACTIONS and against one
 * transaction per row, on the same data and the same kind of fresh server.
 */
export async function benchLoader(
  results: Results,
  dataset: Dataset,
  options: { perRowSample: number; keep: boolean },
): Promise<BenchNeo4j | undefined> {
  const { size } = dataset;
  console.log(
    `\n[loader ${size}] ${dataset.manifest.relations} relations in ${dataset.manifest.articles} articles`,
  );
  const ours = await runLoader(dataset, dataset.dirs, DEFAULT_BATCH_SIZE, options.perRowSample, options.keep);
  const oursRate = results.figure(
    S,
    `${size} loader (read, validate, plan, write)`,
    Math.round(ours.relationships / ours.seconds),
    "rels/s",
    `${ours.relationships} relationships in ${ours.seconds.toFixed(1)} s`,
  );
  results.figure(S, `${size} Neo4j peak RSS during our load`, mb(ours.rssPeak), "MB");
  const bulk = await runBulk(dataset);
  const bulkRate = results.figure(
    S,
    `${size} first load: bulk import into an empty store (read, validate, plan, files, stop, import, start, schema)`,
    Math.round(bulk.relationships / bulk.seconds),
    "rels/s",
    `${bulk.relationships} relationships in ${bulk.seconds.toFixed(1)} s`,
  );
  const csv = await runLoadCsv(dataset, CSV_BATCH);
  const csvRate = results.figure(
    S,
    `${size} LOAD CSV IN TRANSACTIONS OF ${CSV_BATCH} ROWS`,
    Math.round(csv.relationships / csv.seconds),
    "rels/s",
    `${csv.relationships} relationships in ${csv.seconds.toFixed(1)} s`,
  );
  results.figure(S, `${size} Neo4j peak RSS during LOAD CSV`, mb(csv.rssPeak), "MB");
  for (const [name, run] of [
    ["the loader", ours],
    ["the bulk import", bulk],
  ] as const) {
    if (csv.relationships !== run.relationships || csv.nodes !== run.nodes) {
      console.log(
        `  WARNING: LOAD CSV wrote ${csv.nodes} nodes / ${csv.relationships} rels, ${name} ${run.nodes} / ${run.relationships}`,
      );
    }
  }
  results.target(
    S,
    `${size} loader vs LOAD CSV`,
    Math.round((oursRate / csvRate) * 100) / 100,
    "×",
    0.8,
    true,
    "both saturate the two cores; Neo4j spends more CPU on the loader's work (parameters decoded from Bolt rather than CSV read in the server) and the loader's own Node process (reading, planning mentions, encoding parameters) runs on the same cores; each entity new to the graph is merged once per load, before the articles' transactions",
  );
  results.target(
    S,
    `${size} first load (bulk import) vs LOAD CSV`,
    Math.round((bulkRate / csvRate) * 100) / 100,
    "×",
    1,
    true,
    "a first load also pays what LOAD CSV's figure leaves out or spreads over its load: restarting Neo4j after the import and populating the full-text indexes over every sentence at the end (the bench prints the time of each step)",
  );
  if (ours.perRow) {
    const perRowRate = ours.perRow.relationships / ours.perRow.seconds;
    results.figure(
      S,
      `${size} one transaction per row (sample of ${ours.perRow.relationships} relationships, extrapolated)`,
      Math.round(perRowRate),
      "rels/s",
      `${ours.perRow.seconds.toFixed(1)} s for the sample; the whole dataset would take about ${Math.round(ours.relationships / perRowRate)} s`,
    );
    results.target(
      S,
      `${size} loader vs one transaction per row`,
      Math.round(oursRate / perRowRate),
      "×",
      50,
      true,
      "the loader's own work per transaction (planning in Node, merging entities, encoding parameters) on two shared cores",
    );
  }
  return ours.db;
}

/** Rows per transaction of our loader and of LOAD CSV. */
export async function benchBatchSweep(results: Results, dataset: Dataset) {
  console.log(`\n[batch sweep ${dataset.size}]`);
  for (const batch of [1000, 10_000, 50_000]) {
    const run = await runLoader(dataset, dataset.dirs, batch);
    results.figure(
      S,
      `${dataset.size} sweep: loader, transactions of ${batch} rows`,
      Math.round(run.relationships / run.seconds),
      "rels/s",
    );
  }
  for (const batch of [100, 1000, 10_000]) {
    const run = await runLoadCsv(dataset, batch);
    results.figure(
      S,
      `${dataset.size} sweep: LOAD CSV IN TRANSACTIONS OF ${batch} ROWS`,
      Math.round(run.relationships / run.seconds),
      "rels/s",
    );
  }
}
