import { existsSync, readdirSync } from "node:fs";
import { dirname, join } from "node:path";
import type { Driver } from "neo4j-driver";
import { defaultArticlesDir } from "../corpus/articlesDir.ts";
import { type ArticlePlan, planArticle } from "./plan.ts";
import { type Problem, ValidationError } from "./problems.ts";
import { type ArticleInput, readArticle } from "./read.ts";
import { displayPath } from "../corpus/displayPath.ts";
import { validateArticle } from "./validate.ts";
import { attachProvenance } from "./provenance.ts";
import { mergeNewEntities, undoNewEntities } from "./entitiesFirst.ts";
import { vocabularyWarnings } from "./vocabularyWarnings.ts";
import {
  type GraphCounts,
  type WriteOptions,
  ensureSchema,
  graphCounts,
  resetLoadedData,
  DEFAULT_BATCH_SIZE,
  planRows,
  writeArticles,
} from "./write.ts";
import { articlePaths } from "../corpus/articleFiles.ts";
import { type SameAs, applySameAs, sameAsOf } from "../resolve/applySameAs.ts";
import { DECISIONS_SHOWN, readDecisions } from "../resolve/decisionsFile.ts";
import { DecisionRefusal } from "../resolve/refusal.ts";

/** A folder written by `add` that holds a draft but no annotation yet: not part of the graph. */
export function isDraftOnly(dir: string): boolean {
  const paths = articlePaths(dir);
  return existsSync(paths.draft) && !existsSync(paths.annotation);
}

/** The folders that can be loaded; a draft-only one is left out with one line through `log`. */
export function withoutDrafts(dirs: readonly string[], log: (line: string) => void = () => {}): string[] {
  return dirs.filter((dir) => {
    if (!isDraftOnly(dir)) return true;
    log(`Skipping ${displayPath(dir)}: it holds a draft (draft.json) but no annotation.json yet.`);
    return false;
  });
}

/**
 * Every article folder under data/articles (or `root`), in name order. Hidden
 * folders (an article being added) and draft-only folders are skipped.
 */
export function defaultArticleDirs(root = defaultArticlesDir, log?: (line: string) => void): string[] {
  const dirs = readdirSync(root, { withFileTypes: true })
    .filter((d) => d.isDirectory() && !d.name.startsWith("."))
    .map((d) => join(root, d.name))
    .sort();
  return withoutDrafts(dirs, log);
}

/**
 * Reads and validates every folder before anything is written; all problems
 * are reported together. The same-as decisions kept beside the articles
 * folder (data/decisions/same-as.json) are applied to each annotation: merged
 * ids become the kept id. Each article then gets its provenance (written to
 * the folders that lack it).
 */
export function readArticles(
  dirs: readonly string[],
  options: { log?: (line: string) => void; storeProvenance?: boolean } = {},
): ArticleInput[] {
  const problems: Problem[] = [];
  const inputs: ArticleInput[] = [];
  const slugs = new Map<string, string>();
  const decisions = new Map<string, SameAs>();
  const sameAsFor = (dir: string): SameAs => {
    const articlesDir = dirname(dir);
    let found = decisions.get(articlesDir);
    if (!found) {
      try {
        found = sameAsOf(readDecisions(articlesDir));
      } catch (error) {
        if (!(error instanceof DecisionRefusal)) throw error;
        // Said once for all the articles; nothing is loaded while the decisions cannot be read.
        const message = error.message.replace(`${DECISIONS_SHOWN} `, "");
        problems.push({ file: DECISIONS_SHOWN, entry: "", message });
        found = sameAsOf({ same: [], notSame: [] });
      }
      decisions.set(articlesDir, found);
    }
    return found;
  };
  for (const dir of dirs) {
    try {
      const read = readArticle(dir);
      validateArticle(read);
      const input = { ...read, annotation: applySameAs(read.annotation, sameAsFor(dir)) };
      const other = slugs.get(input.meta.slug);
      if (other) {
        problems.push({
          file: input.files.meta,
          entry: "slug",
          message: `"${input.meta.slug}" is also the slug of ${other}.`,
        });
      }
      slugs.set(input.meta.slug, dir);
      inputs.push(input);
    } catch (error) {
      if (error instanceof ValidationError) problems.push(...error.problems);
      else throw error;
    }
  }
  if (problems.length > 0) throw new ValidationError(problems);
  attachProvenance(inputs, { store: options.storeProvenance ?? true, log: options.log });
  for (const line of vocabularyWarnings(inputs)) options.log?.(line);
  return inputs;
}

/** What each article would write, after every folder is read and validated; nothing is written. */
export function planArticles(dirs: readonly string[]): ArticlePlan[] {
  return readArticles(dirs, { storeProvenance: false }).map(planArticle);
}

export interface LoadOptions extends WriteOptions {
  reset?: boolean;
  /** Called before each transaction starts, with the articles it writes. */
  onArticles?: (plans: readonly ArticlePlan[], written: number, total: number) => void;
}

export interface LoadResult {
  articles: string[];
  counts: GraphCounts;
}

/** "gen-1 (1/3)" for one article, "gen-1 … gen-2 (1–2 of 3)" for several. */
export function describeArticles(plans: readonly ArticlePlan[], written: number, total: number): string {
  const first = plans[0]?.slug ?? "";
  const last = plans.at(-1)?.slug ?? "";
  return plans.length === 1
    ? `${first} (${written + 1}/${total})`
    : `${first} … ${last} (${written + 1}–${written + plans.length} of ${total})`;
}

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * Validates every folder, then writes the articles in transactions of about
 * `batchSize` rows. The next transaction's articles are planned (sentences,
 * mentions) while the previous one is written, giving the event loop a turn
 * between articles so the driver keeps the server busy. A load of more than
 * one transaction first merges the entities new to the graph, each once
 * (mergeNewEntities); if it fails, what the articles not written brought to
 * those entities is undone (undoNewEntities).
 */
export async function loadArticles(
  driver: Driver,
  dirs: readonly string[],
  options: LoadOptions = {},
): Promise<LoadResult> {
  return loadArticleInputs(driver, readArticles(dirs), options);
}

/** loadArticles for folders already read and validated (readArticles). */
export async function loadArticleInputs(
  driver: Driver,
  inputs: readonly ArticleInput[],
  options: LoadOptions = {},
): Promise<LoadResult> {
  const batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
  await ensureSchema(driver, options.database);
  if (options.reset) await resetLoadedData(driver, options.database, batchSize);
  let written = 0;
  let committed = 0;
  let writing: Promise<void> = Promise.resolve();
  // Decided when the first transaction is ready: none when it holds every article.
  let mergedFirst: Set<string> | undefined;
  const write = async (plans: ArticlePlan[]) => {
    await writing;
    mergedFirst ??=
      plans.length < inputs.length ? await mergeNewEntities(driver, inputs, options) : new Set<string>();
    options.onArticles?.(plans, written, inputs.length);
    written += plans.length;
    writing = writeArticles(driver, plans, options, mergedFirst).then(() => {
      committed += plans.length;
    });
    // A failure surfaces when awaited; until then it is not an unhandled rejection.
    writing.catch(() => undefined);
  };
  try {
    let group: ArticlePlan[] = [];
    let rows = 0;
    for (const input of inputs) {
      const plan = planArticle(input);
      group.push(plan);
      rows += planRows(plan);
      if (rows >= batchSize) {
        await write(group);
        group = [];
        rows = 0;
      }
      await nextTurn();
    }
    if (group.length > 0) await write(group);
    await writing;
  } catch (error) {
    await writing.catch(() => undefined);
    if (mergedFirst && mergedFirst.size > 0)
      await undoNewEntities(driver, inputs, committed, mergedFirst, options.database);
    throw error;
  }
  return { articles: inputs.map((i) => i.meta.slug), counts: await graphCounts(driver, options.database) };
}
