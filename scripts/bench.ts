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
import { benchBatchSweep, benchLoader } from "../bench/sections/loader.ts";
import { runMain } from "./lib/cli.ts";

const SECTIONS = ["loader", "sweep", "api", "browser", "peer", "memory"] as const;
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
  .showHelpAfterError()
  .action(async (opts: { sizes: string[]; only: Section[]; sweepSize: string; perRowSample: number }) => {
    const root = join(projectRoot, "bench", "tmp");
    mkdirSync(root, { recursive: true });
    const results = new Results();
    const loadBefore = loadavg().map((l) => Math.round(l * 100) / 100);
    const date = new Date().toISOString();
    const has = (s: Section) => opts.only.includes(s);
    const datasets = opts.sizes.map((size) => {
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
    if (has("loader")) {
      for (const dataset of datasets) {
        await benchLoader(results, dataset, { perRowSample: opts.perRowSample });
        finish();
      }
    }
    if (has("sweep")) {
      await benchBatchSweep(results, prepareDataset(root, opts.sweepSize));
      finish();
    }
    finish();
    console.log("\nWrote bench/results.json and BENCHMARKS.md.");
  });

runMain(() => program.parseAsync(process.argv).then(() => undefined));
