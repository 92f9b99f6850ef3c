import { missingModels } from "../../graph/nlp/frenchModels.ts";
import { Presets, SingleBar } from "cli-progress";
import type { AddOptions } from "../../graph/articles/add.ts";
import { countOutcomes } from "../../graph/articles/batch/describe.ts";
import type { BatchItem } from "../../graph/articles/batch/items.ts";
import { runBatch } from "../../graph/articles/batch/runBatch.ts";
import { claimArticlesDir } from "../../graph/articles/batch/runLock.ts";
import type { GivenMetadata } from "../../graph/articles/metadata.ts";
import type { Env } from "../../graph/config/env.ts";
import { resolveNlp } from "../../graph/nlp/endpoint.ts";
import { graphForLinking } from "./linkingGraph.ts";
import { outcomeTable } from "./outcomeTable.ts";

export interface BatchRun {
  /** Names the input in messages ("inbox/", "links.txt", the feed's address). */
  where: string;
  items: () => Promise<BatchItem[]>;
  articlesDir: string;
  env: Env;
  given: GivenMetadata;
  jobs: number;
}

function progressBar(total: number) {
  const tty = process.stdout.isTTY;
  const bar = new SingleBar(
    {
      format: "  [{bar}] {value}/{total} | {rate} articles/min | {eta_formatted} left",
      hideCursor: true,
      etaBuffer: 20,
    },
    Presets.shades_classic,
  );
  const started = Date.now();
  if (tty) bar.start(total, 0, { rate: "-" });
  let done = 0;
  return {
    tick() {
      done++;
      const minutes = (Date.now() - started) / 60_000;
      if (tty) bar.update(done, { rate: (done / minutes).toFixed(1) });
    },
    stop: () => bar.stop(),
  };
}

/**
 * `npm run add` on a folder, a list of links or a feed: claims the articles
 * folder, adds every item with a progress bar, prints the table of outcomes.
 * Exit code 1 when an item was refused or failed (duplicates and skipped
 * files are not failures: a second run of the same list is all duplicates).
 */
export async function addBatch(run: BatchRun): Promise<void> {
  const release = claimArticlesDir(run.articlesDir);
  const stop = () => {
    release();
    process.exit(130);
  };
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
  const graph = graphForLinking();
  try {
    const items = await run.items();
    if (items.length === 0) {
      console.log(`Nothing to add: ${run.where} holds no items.`);
      return;
    }
    // Asked once, before the bar, so their lines do not break it.
    await graph.open();
    const nlp = await resolveNlp(run.env, { start: true, log: (line) => console.log(line) });
    const add: AddOptions = {
      articlesDir: run.articlesDir,
      graph: graph.open,
      nlpUrl: async () => nlp,
      missingModels: (language) => missingModels(run.env, language, (line) => console.log(line)),
    };
    console.log(
      `Adding ${items.length} item${items.length === 1 ? "" : "s"} from ${run.where}, ${run.jobs} at a time.`,
    );
    const bar = progressBar(items.length);
    const started = Date.now();
    let outcomes;
    try {
      outcomes = await runBatch(items, {
        add,
        given: run.given,
        jobs: run.jobs,
        onOutcome: () => bar.tick(),
      });
    } finally {
      bar.stop();
    }
    const seconds = (Date.now() - started) / 1000;
    console.log(outcomeTable(outcomes));
    const added = outcomes.filter((o) => o.kind === "added").length;
    const pace = added > 0 ? `, ${(seconds / added).toFixed(2)} s per added article` : "";
    console.log(
      `Of ${items.length} item${items.length === 1 ? "" : "s"}: ${countOutcomes(outcomes)}. Took ${seconds.toFixed(1)} s${pace}.`,
    );
    if (outcomes.some((o) => o.kind === "refused" || o.kind === "failed")) process.exitCode = 1;
  } finally {
    process.off("SIGINT", stop);
    process.off("SIGTERM", stop);
    release();
    await graph.close();
  }
}
