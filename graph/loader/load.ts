import { readdirSync } from "node:fs";
import { join } from "node:path";
import type { Driver } from "neo4j-driver";
import { projectRoot } from "../neo4j/local/paths.ts";
import { type ArticlePlan, planArticle } from "./plan.ts";
import { type Problem, ValidationError } from "./problems.ts";
import { readArticle } from "./read.ts";
import { validateArticle } from "./validate.ts";
import {
  type GraphCounts,
  type WriteOptions,
  ensureSchema,
  graphCounts,
  resetLoadedData,
  writeArticle,
} from "./write.ts";

export const defaultArticlesDir = join(projectRoot, "data", "articles");

/** Every article folder under data/articles, in name order. */
export function defaultArticleDirs(root = defaultArticlesDir): string[] {
  return readdirSync(root, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => join(root, d.name))
    .sort();
}

/** Reads and validates every folder before anything is written; all problems are reported together. */
export function planArticles(dirs: readonly string[]): ArticlePlan[] {
  const problems: Problem[] = [];
  const plans: ArticlePlan[] = [];
  const slugs = new Map<string, string>();
  for (const dir of dirs) {
    try {
      const input = readArticle(dir);
      validateArticle(input);
      const other = slugs.get(input.meta.slug);
      if (other) {
        problems.push({
          file: input.files.meta,
          entry: "slug",
          message: `"${input.meta.slug}" is also the slug of ${other}.`,
        });
      }
      slugs.set(input.meta.slug, dir);
      plans.push(planArticle(input));
    } catch (error) {
      if (error instanceof ValidationError) problems.push(...error.problems);
      else throw error;
    }
  }
  if (problems.length > 0) throw new ValidationError(problems);
  return plans;
}

export interface LoadOptions extends WriteOptions {
  reset?: boolean;
  /** Called before each article's transaction starts. */
  onArticle?: (plan: ArticlePlan, position: number, total: number) => void;
}

export interface LoadResult {
  articles: string[];
  counts: GraphCounts;
}

export async function loadArticles(
  driver: Driver,
  dirs: readonly string[],
  options: LoadOptions = {},
): Promise<LoadResult> {
  const plans = planArticles(dirs);
  await ensureSchema(driver, options.database);
  if (options.reset) await resetLoadedData(driver, options.database);
  for (const [i, plan] of plans.entries()) {
    options.onArticle?.(plan, i + 1, plans.length);
    await writeArticle(driver, plan, options);
  }
  return { articles: plans.map((p) => p.slug), counts: await graphCounts(driver, options.database) };
}
