import { resolve } from "node:path";
import { SingleBar, Presets } from "cli-progress";
import { Command, InvalidArgumentError } from "commander";
import { articlesDirFromEnv } from "../graph/corpus/articlesDir.ts";
import { readEnv } from "../graph/config/env.ts";
import { chooseBulk, BULK_MIN_RELATIONS } from "../graph/loader/bulk/choose.ts";
import { bulkLoadInputs, storeIsEmpty } from "../graph/loader/bulk/load.ts";
import {
  defaultArticleDirs,
  describeArticles,
  loadArticleInputs,
  planArticles,
  readArticles,
  withoutDrafts,
} from "../graph/loader/load.ts";
import { localOptionsFromEnv } from "../graph/neo4j/local/options.ts";
import { ValidationError } from "../graph/loader/problems.ts";
import { loadedSources, removeVanished, sourcesOf } from "../graph/loader/reconcile.ts";
import { DEFAULT_BATCH_SIZE, type GraphCounts, graphCounts, resetLoadedData } from "../graph/loader/write.ts";
import { UserError, runMain } from "./lib/cli.ts";
import { connect } from "./lib/connect.ts";
import { checkWatchesAfterLoad } from "./lib/watchCheck.ts";

function printCounts(title: string, counts: GraphCounts): void {
  console.log(title);
  const rows = [
    ...Object.entries(counts.labels).map(([k, v]) => ({ kind: "nodes", name: `:${k}`, count: v })),
    ...Object.entries(counts.types).map(([k, v]) => ({ kind: "relationships", name: `:${k}`, count: v })),
  ].filter((r) => r.count > 0);
  const width = Math.max(...rows.map((r) => r.name.length), 10);
  for (const r of rows)
    console.log(`  ${r.kind.padEnd(14)} ${r.name.padEnd(width)} ${String(r.count).padStart(8)}`);
}

function tally(values: string[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const v of values) out[v] = (out[v] ?? 0) + 1;
  return out;
}

function positiveCount(value: string): number {
  const count = Number(value);
  if (!Number.isInteger(count) || count < 1)
    throw new InvalidArgumentError("must be a whole number of at least 1.");
  return count;
}

interface LoadCommandOptions {
  reset?: boolean;
  dryRun?: boolean;
  bulk?: boolean;
  batchSize: number;
}

const program = new Command("load")
  .description(
    "Validate article folders and load them into Neo4j (default: every folder in data/articles, or DOSSIER_ARTICLES).",
  )
  .argument("[dirs...]", "article folders")
  .option("--reset", "first remove everything the loader wrote before")
  .option("--dry-run", "validate and print what would be written, without connecting")
  .option(
    "--bulk",
    `first load into the empty local Neo4j with Neo4j's offline importer (stops and starts it again); chosen by itself from ${BULK_MIN_RELATIONS.toLocaleString("en")} relations`,
  )
  .option("--no-bulk", "load through write transactions even into an empty local Neo4j")
  .option(
    "--batch-size <n>",
    "rows per write transaction (articles are grouped up to it, never split)",
    positiveCount,
    DEFAULT_BATCH_SIZE,
  )
  .showHelpAfterError()
  .action(async (dirs: string[], opts: LoadCommandOptions) => {
    const log = (line: string) => console.log(line);
    const targets =
      dirs.length > 0
        ? withoutDrafts(
            dirs.map((d) => resolve(d)),
            log,
          )
        : defaultArticleDirs(articlesDirFromEnv(readEnv()), log);
    if (targets.length === 0) throw new UserError("No article folders to load.");
    try {
      if (opts.dryRun) {
        const plans = planArticles(targets);
        for (const plan of plans) {
          printCounts(`${plan.slug} would write:`, {
            labels: {
              Article: 1,
              Sentence: plan.sentences.length,
              Entity: plan.entities.length,
              ...tally(plan.entities.flatMap((e) => e.labels)),
            },
            types: {
              HAS_SENTENCE: plan.sentences.length,
              MENTIONS: plan.mentions.length,
              ...tally(plan.relations.map((r) => r.type)),
            },
          });
        }
        console.log("Dry run: nothing was written.");
        return;
      }
      const inputs = readArticles(targets, { log });
      const { driver, settings, database } = await connect();
      let open = true;
      const bar = new SingleBar(
        { format: "  {step} [{bar}] {value}/{total}", hideCursor: true },
        Presets.shades_classic,
      );
      try {
        if (opts.reset) await resetLoadedData(driver, database, opts.batchSize);
        // What this load brings: articles new to the graph or changed since it was loaded (for the watches).
        const before = opts.reset ? new Map<string, string>() : await loadedSources(driver, database);
        const brought = inputs
          .filter((i) => before.get(i.meta.slug) !== sourcesOf(i))
          .map((i) => i.meta.slug);
        const relations = inputs.reduce((n, input) => n + input.annotation.relations.length, 0);
        const bulk = chooseBulk({
          requested: opts.bulk,
          local: settings.local,
          empty: settings.local && opts.bulk !== false && (await storeIsEmpty(driver, database)),
          relations,
        });
        let result;
        if (bulk) {
          if (opts.bulk === undefined) {
            log(
              `The local Neo4j is empty and the articles hold ${relations.toLocaleString("en")} relations: loading them with Neo4j's bulk importer (--no-bulk loads through transactions instead).`,
            );
          }
          open = false;
          await driver.close();
          result = await bulkLoadInputs(inputs, {
            instance: localOptionsFromEnv(readEnv()),
            connection: settings,
            log,
          });
        } else {
          result = await loadArticleInputs(driver, inputs, {
            database,
            batchSize: opts.batchSize,
            onArticles: (plans, written, total) =>
              console.log(`Loading ${describeArticles(plans, written, total)}`),
            onProgress: ({ step, done, total }) => {
              if (!process.stdout.isTTY) return;
              if (done <= Math.min(total, opts.batchSize)) bar.start(total, 0, { step });
              bar.update(done, { step });
              if (done === total) bar.stop();
            },
          });
        }
        // Loading the whole folder: articles whose folders are gone leave the graph too.
        if (dirs.length === 0 && open) {
          const present = new Set(inputs.map((input) => input.meta.slug));
          if ((await removeVanished(driver, present, { database, log })).length > 0) {
            result = { ...result, counts: await graphCounts(driver, database) };
          }
        }
        printCounts(`Loaded ${result.articles.length} article(s). The graph now holds:`, result.counts);
        if (open) await checkWatchesAfterLoad(driver, database, articlesDirFromEnv(readEnv()), brought, log);
        else log("Watches are not checked after a bulk load into an empty graph: everything in it is new.");
      } finally {
        bar.stop();
        if (open) await driver.close();
      }
    } catch (error) {
      if (error instanceof ValidationError) {
        for (const line of error.message.split("\n")) console.error(`Error: ${line}`);
        console.error("Nothing was written.");
        process.exitCode = 1;
        return;
      }
      throw error;
    }
  });

runMain(() => program.parseAsync(process.argv).then(() => undefined));
