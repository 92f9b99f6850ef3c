import { resolve } from "node:path";
import { Command, InvalidArgumentError } from "commander";
import { generateDataset } from "../bench/generate/dataset.ts";
import { runMain } from "./lib/cli.ts";

/** Accepts 1000, 100k, 1M. */
export function parseCount(value: string): number {
  const match = /^(\d+)([kKmM]?)$/.exec(value.trim());
  if (!match) throw new InvalidArgumentError("is not a count such as 1000, 100k or 1M.");
  const scale = { "": 1, k: 1_000, m: 1_000_000 }[match[2]!.toLowerCase()]!;
  const count = Number(match[1]) * scale;
  if (count < 1) throw new InvalidArgumentError("must be at least 1.");
  return count;
}

const program = new Command("generate")
  .description("Write a deterministic synthetic dataset of article folders the loader accepts.")
  .requiredOption("--relations <n>", "relations to write (1000, 100k, 1M)", parseCount)
  .option(
    "--seed <s>",
    "seed of the random generator",
    (v) => {
      const seed = Number(v);
      if (!Number.isInteger(seed)) throw new InvalidArgumentError("is not an integer.");
      return seed;
    },
    1,
  )
  .requiredOption("--out <dir>", "folder to write the article folders and dataset.json into")
  .showHelpAfterError()
  .action((opts: { relations: number; seed: number; out: string }) => {
    const started = performance.now();
    const manifest = generateDataset({ relations: opts.relations, seed: opts.seed, out: resolve(opts.out) });
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.log(
      `Wrote ${manifest.relations} relations, ${manifest.entities} entities (max degree ${manifest.maxDegree}) in ${manifest.articles} articles to ${opts.out} in ${seconds} s.`,
    );
  });

runMain(() => program.parseAsync(process.argv).then(() => undefined));
