import { basename } from "node:path";
import type { Driver } from "neo4j-driver";
import neo4j from "neo4j-driver";
import { cypher } from "../neo4j/cypherFiles.ts";
import { defaultArticleDirs, loadArticleInputs, readArticles } from "./load.ts";
import type { ArticleInput } from "./read.ts";
import { provenanceHashOf, sourceHashOf } from "./sourceHash.ts";
import type { LoadOptions } from "./load.ts";
import { ensureSchema } from "./write.ts";

export interface ReconcileResult {
  /** Articles loaded because the graph did not hold them yet. */
  added: string[];
  /** Articles loaded again because their files changed since they were loaded. */
  reloaded: string[];
  /** Articles removed from the graph because their folder (or its annotation.json) is gone. */
  removed: string[];
  unchanged: number;
}

const REMOVAL = [
  "load/remove-article-relations",
  "load/remove-article-sentences",
  "load/release-article-entities",
  "load/remove-articles",
];

/** Removes what the loader wrote for these articles, and the articles, in one transaction. */
export async function removeArticles(
  driver: Driver,
  slugs: readonly string[],
  database?: string,
): Promise<void> {
  if (slugs.length === 0) return;
  const session = driver.session({ database, defaultAccessMode: neo4j.session.WRITE });
  try {
    await session.executeWrite(async (tx) => {
      for (const name of REMOVAL) await tx.run(cypher(name), { slugs });
    });
  } finally {
    await session.close();
  }
}

/** Removes the loaded articles that are not among `present` (their folders are gone), one line each. */
export async function removeVanished(
  driver: Driver,
  present: ReadonlySet<string>,
  options: { database?: string; log?: (line: string) => void } = {},
): Promise<string[]> {
  const loaded = await loadedSources(driver, options.database);
  const gone = [...loaded.keys()].filter((slug) => !present.has(slug)).sort();
  for (const slug of gone) {
    options.log?.(
      `Removing ${slug} from the graph: its folder, or its annotation.json, is gone from the articles folder.`,
    );
  }
  await removeArticles(driver, gone, options.database);
  return gone;
}

/** Each loaded article's "sourceHash|provenanceHash". */
export async function loadedSources(driver: Driver, database?: string): Promise<Map<string, string>> {
  const { records } = await driver.executeQuery(
    cypher("load/article-sources"),
    {},
    {
      database,
      routing: neo4j.routing.READ,
    },
  );
  return new Map(
    records.map((r) => [
      r.get("slug") as string,
      `${(r.get("sourceHash") as string | null) ?? ""}|${(r.get("provenanceHash") as string | null) ?? ""}`,
    ]),
  );
}

/** What loadedSources holds for an article input: "sourceHash|provenanceHash". */
export function sourcesOf(input: ArticleInput): string {
  return `${sourceHashOf(input)}|${provenanceHashOf(input)}`;
}

/**
 * Makes the graph match the article folders under `root`, which are the
 * source of truth: an article whose files differ from what it was loaded
 * from (by hash) is loaded again, a new one is loaded, and one whose folder
 * is gone is removed. Comparing hashes is fast, so every start does it; it
 * also repairs a publish interrupted between annotation.json and the graph.
 * Every folder is read and validated first: a problem anywhere writes nothing.
 */
export async function reconcileArticles(
  driver: Driver,
  root: string,
  options: Omit<LoadOptions, "reset"> & { log?: (line: string) => void } = {},
): Promise<ReconcileResult> {
  const log = options.log ?? (() => {});
  const inputs = readArticles(defaultArticleDirs(root, log), { log });
  await ensureSchema(driver, options.database);
  const loaded = await loadedSources(driver, options.database);
  const added = inputs.filter((input) => !loaded.has(input.meta.slug));
  const changed = inputs.filter((input) => {
    const hash = loaded.get(input.meta.slug);
    return hash !== undefined && hash !== sourcesOf(input);
  });
  for (const input of changed) log(`Reloading ${input.meta.slug}: its files changed since it was loaded.`);
  const present = new Set(inputs.map((input) => basename(input.dir)));
  const gone = await removeVanished(driver, present, { database: options.database, log });
  if (added.length + changed.length > 0) await loadArticleInputs(driver, [...added, ...changed], options);
  return {
    added: added.map((i) => i.meta.slug),
    reloaded: changed.map((i) => i.meta.slug),
    removed: gone,
    unchanged: inputs.length - added.length - changed.length,
  };
}
