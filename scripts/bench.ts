import { mkdirSync } from "node:fs";
import { loadavg } from "node:os";
import { join } from "node:path";
import { Command, InvalidArgumentError } from "commander";
import { projectRoot } from "../graph/neo4j/local/paths.ts";
import { SIZES, prepareDataset } from "../bench/dataset.ts";
import { machineInfo } from "../bench/measure/machine.ts";
import { BENCH_NOTES } from "../bench/notes.ts";
import { writeResults } from "../bench/report.ts";
import { Results } from "../bench/results.ts";
import { type BenchNeo4j, loadedBenchNeo4j } from "../bench/neo4j.ts";
import { benchApi } from "../bench/sections/api.ts";
import { benchBatchAdd } from "../bench/sections/batchAdd.ts";
import { benchDuplicates } from "../bench/sections/duplicates.ts";
import { benchExpand } from "../bench/sections/expand.ts";
import { benchExportMemory } from "../bench/sections/exportMemory.ts";
import { benchBatchSweep, benchLoader } from "../bench/sections/loader.ts";
import { benchOpeningView } from "../bench/sections/openingView.ts";
import { benchProvenance } from "../bench/sections/provenance.ts";
import { benchMapView } from "../bench/sections/mapView.ts";
import { benchRenderers } from "../bench/sections/renderers.ts";
import { benchStartup } from "../bench/sections/startup.ts";
import { benchTimeBrush } from "../bench/sections/timeBrush.ts";
import { benchTimeline } from "../bench/sections/timeline.ts";
import { benchWatches } from "../bench/sections/watches.ts";
import { runMain } from "./lib/cli.ts";

const SECTIONS = [
  "loader",
  "sweep",
  "api",
  "browser",
  "opening",
  "peer",
  "map",
  "memory",
  "timeline",
  "provenance",
  "duplicates",
  "batch",
  "start",
  "watches",
] as const;
type Section = (typeof SECTIONS)[number];

function list<T extends string>(allowed: readonly T[], what: string) {
  return (value: string): T[] => {
    const items = value
      .split(",")
      .map((s) => s.trim())
      .filter(Boolean);
    for (const item of items) {
      if (!(allowed as readonly string[]).includes(item)) {
        throw new InvalidArgumentError(`"${item}" is not a ${what}: use ${allowed.join(", ")}.`);
      }
    }
    return items as T[];
  };
}

interface Options {
  sizes: string[];
  only: Section[];
  sweepSize: string;
  perRowSample: number;
  apiSeconds: number;
  views: number[];
  peerViews: number[];
  frames: number;
  peerFrames: number;
  provenanceArticles: number;
  duplicatesSize: string;
  batchArticles: number;
}

const program = new Command("bench")
  .description(
    "Measure the loader, the API and the renderer against baselines; writes bench/results.json and BENCHMARKS.md.",
  )
  .option("--sizes <list>", "dataset sizes (relations)", list(Object.keys(SIZES), "size"), ["100k", "1M"])
  .option("--only <list>", `sections to run: ${SECTIONS.join(", ")}`, list(SECTIONS, "section"), [
    ...SECTIONS,
  ])
  .option("--sweep-size <size>", "dataset size of the batch-size sweep", "10k")
  .option(
    "--per-row-sample <n>",
    "relations in the one-transaction-per-row sample",
    (v) => Number.parseInt(v, 10),
    300,
  )
  .option("--api-seconds <n>", "seconds of load per API route", (v) => Number.parseInt(v, 10), 30)
  .option(
    "--views <list>",
    "sigma view sizes (nodes)",
    (v) => v.split(",").map(Number),
    [5000, 20_000, 50_000],
  )
  .option(
    "--peer-views <list>",
    "view sizes also drawn with vis-network",
    (v) => v.split(",").map(Number),
    [5000, 20_000],
  )
  .option("--frames <n>", "pan frames per sigma view", (v) => Number.parseInt(v, 10), 20)
  .option(
    "--peer-frames <n>",
    "pan frames per vis-network view (seconds each)",
    (v) => Number.parseInt(v, 10),
    5,
  )
  .option(
    "--provenance-articles <n>",
    "synthetic articles in the provenance section's corpus",
    (v) => Number.parseInt(v, 10),
    10_000,
  )
  .option(
    "--duplicates-size <size>",
    "relations in the duplicates section's generated corpus",
    (v) => list(Object.keys(SIZES), "size")(v)[0] ?? "100k",
    "100k",
  )
  .option(
    "--batch-articles <n>",
    "articles of 500–1,000 words in the batch-add section's folder",
    (v) => Number.parseInt(v, 10),
    200,
  )
  .showHelpAfterError()
  .action(async (opts: Options) => {
    const root = join(projectRoot, "bench", "tmp");
    mkdirSync(root, { recursive: true });
    const results = new Results();
    const loadBefore = loadavg().map((l) => Math.round(l * 100) / 100);
    const date = new Date().toISOString();
    const has = (s: Section) => opts.only.includes(s);
    // Only the sections that load or read a graph need the generated datasets.
    const needsDatasets = (
      ["loader", "api", "browser", "opening", "memory", "timeline", "watches"] as const
    ).some(has);
    const datasets = (needsDatasets ? opts.sizes : []).map((size) => {
      console.log(`Preparing the ${size} dataset and its CSV files (kept in bench/tmp)...`);
      return prepareDataset(root, size);
    });
    const finish = () =>
      writeResults(
        results,
        {
          date,
          machine: machineInfo(),
          loadBefore,
          loadAfter: loadavg().map((l) => Math.round(l * 100) / 100),
          command: `npm run bench -- ${process.argv.slice(2).join(" ")}`.trim(),
          sizes: opts.sizes,
          sections: opts.only,
        },
        BENCH_NOTES,
      );
    // The sections that read a graph use the largest dataset, loaded by the loader run when there is one.
    const largest = datasets[datasets.length - 1];
    const needsGraph =
      has("api") || has("browser") || has("opening") || has("memory") || has("timeline") || has("watches");
    let graph: BenchNeo4j | undefined;
    try {
      if (has("loader")) {
        for (const dataset of datasets) {
          const keep = needsGraph && dataset === largest;
          graph = (await benchLoader(results, dataset, { perRowSample: opts.perRowSample, keep })) ?? graph;
          finish();
        }
      }
      if (has("loader")) {
        // Say what the sizes left out would have cost at the rates just measured.
        const last = (part: string) => [...results.figures].reverse().find((f) => f.name.includes(part));
        const rate = last("loader (read");
        const csvRate = last("LOAD CSV IN TRANSACTIONS OF 10000");
        for (const size of ["100k", "1M"].filter((s) => !opts.sizes.includes(s))) {
          // About four relationships are written per relation (domain, HAS_SENTENCE, two MENTIONS).
          const minutes = (r: number) => Math.round((SIZES[size]! * 4) / r / 60);
          const estimate =
            rate && csvRate
              ? `; at the rates measured here the loader (${rate.value} rels/s) would need about ${minutes(rate.value)} min and LOAD CSV (${csvRate.value} rels/s) about ${minutes(csvRate.value)} min`
              : "";
          results.skipped("loader", `${size} relations`, `not in this run's --sizes${estimate}`);
        }
      }
      // The opening view's picture depends on the corpus: each smaller size is opened too, on a Neo4j of its own.
      if (has("opening")) {
        for (const dataset of datasets.filter((d) => d !== largest)) {
          console.log(`\nLoading the ${dataset.size} dataset for the opening view...`);
          const small = await loadedBenchNeo4j(dataset.dirs, dataset.dir);
          try {
            await benchOpeningView(results, small, dataset.size, dataset.manifest.articles);
            finish();
          } finally {
            await small.stop();
          }
        }
      }
      if (needsGraph && largest && !graph) {
        console.log(`\nLoading the ${largest.size} dataset for the API and browser sections...`);
        graph = await loadedBenchNeo4j(largest.dirs, largest.dir);
      }
      if (has("api") && graph && largest) {
        await benchApi(results, graph, largest.size, opts.apiSeconds);
        finish();
      }
      if (has("browser") && graph && largest) {
        await benchExpand(results, graph, largest.size);
        finish();
      }
      if (has("opening") && graph && largest) {
        await benchOpeningView(results, graph, largest.size, largest.manifest.articles);
        finish();
      }
      if (has("timeline") && graph && largest) {
        await benchTimeline(results, graph, largest.size, opts.apiSeconds);
        await benchTimeBrush(results, graph, largest.size);
        finish();
      }
      if (has("watches") && graph && largest) {
        await benchWatches(results, graph, largest);
        finish();
      }
      if (has("memory") && graph && largest) {
        await benchExportMemory(results, graph, largest.size);
        finish();
      }
    } finally {
      await graph?.stop();
    }
    if (has("peer") || has("browser")) {
      await benchRenderers(results, {
        sizes: has("browser") ? opts.views : opts.peerViews,
        peerSizes: has("peer") ? opts.peerViews : [],
        frames: opts.frames,
        peerFrames: opts.peerFrames,
        explorer: has("browser"),
      });
      finish();
    }
    if (has("map")) {
      await benchMapView(results, { size: Math.min(...opts.views), frames: opts.frames });
      finish();
    }
    if (has("provenance")) {
      benchProvenance(results, root, opts.provenanceArticles);
      finish();
    }
    if (has("duplicates")) {
      benchDuplicates(results, root, SIZES[opts.duplicatesSize]!);
      finish();
    }
    if (has("batch")) {
      await benchBatchAdd(results, root, opts.batchArticles);
      finish();
    }
    if (has("start")) {
      await benchStartup(results, root);
      finish();
    }
    if (has("sweep")) {
      await benchBatchSweep(results, prepareDataset(root, opts.sweepSize));
      finish();
    }
    finish();
    console.log("\nWrote bench/results.json and BENCHMARKS.md.");
  });

runMain(() => program.parseAsync(process.argv).then(() => undefined));
