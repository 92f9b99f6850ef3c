import type { Driver } from "neo4j-driver";
import neo4j from "neo4j-driver";
import { cypher } from "../neo4j/cypherFiles.ts";
import type { ArticleEntities } from "./entities.ts";
import { entityRowsOf } from "./plan.ts";
import type { ArticleInput } from "./read.ts";
import { mergedEntityRows } from "./rows.ts";
import { STATEMENT_ROWS, sendAll, sliced } from "./send.ts";
import { DEFAULT_BATCH_SIZE, type WriteOptions } from "./write.ts";

/** Ids per statement when asking which entities exist or removing them: a list parameter, no other data. */
const IDS_PER_STATEMENT = 10_000;

function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let start = 0; start < items.length; start += size) out.push(items.slice(start, start + size));
  return out;
}

function articleEntities(inputs: readonly ArticleInput[]): ArticleEntities[] {
  return inputs.map((input) => ({ entities: entityRowsOf(input), relations: input.annotation.relations }));
}

async function existingEntityIds(
  driver: Driver,
  ids: readonly string[],
  database?: string,
): Promise<Set<string>> {
  const session = driver.session({ database, defaultAccessMode: neo4j.session.READ });
  try {
    const found = new Set<string>();
    for (const part of chunks(ids, IDS_PER_STATEMENT)) {
      const result = await session.run(cypher("load/existing-entities"), { ids: part });
      for (const record of result.records) found.add(record.get("id") as string);
    }
    return found;
  } finally {
    await session.close();
  }
}

/**
 * Before the transactions of a load of several: merges the entities its
 * articles name that the graph does not hold yet, each once with its names
 * merged over all the articles (rather than once in every transaction that
 * names it), in transactions of about `batchSize` rows, counting no article.
 * Returns their ids: each article's transaction then only counts them. The
 * entities the graph holds already are merged in the articles' transactions,
 * so that an article loaded again still releases them first.
 */
export async function mergeNewEntities(
  driver: Driver,
  inputs: readonly ArticleInput[],
  options: WriteOptions = {},
): Promise<Set<string>> {
  const articles = articleEntities(inputs);
  const named = [...new Set(articles.flatMap((a) => a.entities.map((e) => e.id)))];
  const existing = await existingEntityIds(driver, named, options.database);
  const rows = mergedEntityRows(articles, (id) => !existing.has(id)).map((row) => ({
    ...row,
    articleCount: neo4j.int(0),
  }));
  const ids = new Set(rows.map((r) => r.id));
  try {
    await writeEntityRows(driver, rows, options);
  } catch (error) {
    await removeUncountedEntities(driver, ids, options.database);
    throw error;
  }
  return ids;
}

async function writeEntityRows(
  driver: Driver,
  rows: readonly unknown[],
  options: WriteOptions,
): Promise<void> {
  const batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
  const size = Math.min(batchSize, STATEMENT_ROWS);
  const session = driver.session({ database: options.database, defaultAccessMode: neo4j.session.WRITE });
  try {
    for (let start = 0; start < rows.length; start += batchSize) {
      const part = rows.slice(start, start + batchSize);
      const report = (done: number) =>
        options.onProgress?.({ slugs: [], step: "entities", done: start + done, total: rows.length });
      await session.executeWrite((tx) =>
        sendAll(tx, sliced(cypher("load/merge-entities"), part, size, report)),
      );
    }
  } finally {
    await session.close();
  }
}

/**
 * After a load failed once its first `written` articles were written: removes
 * the entities it merged first that no written article counts, and merges
 * again from the written articles alone those that an unwritten one named
 * too, so that the articles not written leave nothing of theirs behind.
 */
export async function undoNewEntities(
  driver: Driver,
  inputs: readonly ArticleInput[],
  written: number,
  ids: ReadonlySet<string>,
  database?: string,
): Promise<void> {
  await removeUncountedEntities(driver, ids, database);
  const unwritten = new Set(
    inputs.slice(written).flatMap((input) => input.annotation.entities.map((e) => e.id)),
  );
  const rows = mergedEntityRows(
    articleEntities(inputs.slice(0, written)),
    (id) => ids.has(id) && unwritten.has(id),
  );
  const session = driver.session({ database, defaultAccessMode: neo4j.session.WRITE });
  try {
    for (const part of chunks(rows, STATEMENT_ROWS)) {
      await session.executeWrite(async (tx) => {
        await tx.run(cypher("load/empty-entities"), { ids: part.map((r) => r.id) });
        await tx.run(cypher("load/merge-entities"), { rows: part });
      });
    }
  } finally {
    await session.close();
  }
}

async function removeUncountedEntities(
  driver: Driver,
  ids: ReadonlySet<string>,
  database?: string,
): Promise<void> {
  const session = driver.session({ database, defaultAccessMode: neo4j.session.WRITE });
  try {
    for (const part of chunks([...ids], IDS_PER_STATEMENT)) {
      await session.executeWrite((tx) => tx.run(cypher("load/remove-uncounted-entities"), { ids: part }));
    }
  } finally {
    await session.close();
  }
}
