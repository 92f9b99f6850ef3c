import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { planArticle } from "../graph/loader/plan.ts";
import { readArticle } from "../graph/loader/read.ts";
import { validateArticle } from "../graph/loader/validate.ts";
import type { ArticlePlan } from "../graph/loader/plan.ts";
import { type DatasetManifest, generateDataset } from "./generate/dataset.ts";
import { CsvWriter } from "./csv/writeCsv.ts";

export const SIZES: Record<string, number> = { "1k": 1_000, "10k": 10_000, "100k": 100_000, "1M": 1_000_000 };

export interface Dataset {
  size: string;
  dir: string;
  csvDir: string;
  manifest: DatasetManifest;
  dirs: string[];
}

/** Generates (once, kept under bench/tmp) the dataset of a size with seed 1, and its CSV files. */
export function prepareDataset(root: string, size: string): Dataset {
  const relations = SIZES[size];
  if (relations === undefined)
    throw new Error(`Unknown size "${size}": use ${Object.keys(SIZES).join(", ")}.`);
  const dir = join(root, `data-${size}`);
  const manifestFile = join(dir, "dataset.json");
  const csvDir = join(root, `csv-${size}`);
  let manifest: DatasetManifest;
  if (existsSync(manifestFile) && existsSync(join(csvDir, "done"))) {
    manifest = JSON.parse(readFileSync(manifestFile, "utf8")) as DatasetManifest;
  } else {
    manifest = generateDataset({ relations, seed: 1, out: dir });
    const writer = new CsvWriter(csvDir);
    for (const slug of manifest.slugs) writer.add(planOf(join(dir, slug)));
    writer.close();
    // A marker, so an interrupted run regenerates instead of reusing half a CSV.
    writeFileSync(join(csvDir, "done"), "");
  }
  return { size, dir, csvDir, manifest, dirs: manifest.slugs.map((s) => join(dir, s)) };
}

export function planOf(dir: string): ArticlePlan {
  const input = readArticle(dir);
  validateArticle(input);
  return planArticle(input);
}
