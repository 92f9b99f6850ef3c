import type { Driver } from "neo4j-driver";
import neo4j from "neo4j-driver";
import { cypher, cypherStatements } from "../neo4j/cypherFiles.ts";
import type { ArticlePlan } from "./plan.ts";
import { loadRows } from "./rows.ts";
import { STATEMENT_ROWS, sendAll, sliced } from "./send.ts";

export interface WriteProgress {
  /** The articles written in this transaction (none while entities are merged before them). */
  slugs: string[];
  step: "entities" | "sentences" | "mentions" | "relations";
  done: number;
  total: number;
}

export interface WriteOptions {
  database?: string;
  /**
   * Rows per transaction: articles are written together until their rows
   * (entities, sentences, mentions, relations) reach it; an article is never
   * split, and a larger one is sent in statements of this many rows.
   */
  batchSize?: number;
  /** Called after each batch, inside the transaction: throwing rolls the transaction back. */
  onProgress?: (progress: WriteProgress) => void;
}

export const DEFAULT_BATCH_SIZE = 10_000;

/** The rows an article writes, as counted against the batch size. */
export function planRows(plan: ArticlePlan): number {
  return 1 + plan.entities.length + plan.sentences.length + plan.mentions.length + plan.relations.length;
}

/**
 * Constraints and indexes, each in its own transaction, then wait until they
 * are online; `meanwhile` runs while the indexes are populated.
 */
export async function ensureSchema(
  driver: Driver,
  database?: string,
  meanwhile?: () => Promise<void>,
): Promise<void> {
  const session = driver.session({ database, defaultAccessMode: neo4j.session.WRITE });
  try {
    for (const statement of cypherStatements("schema")) await session.run(statement);
    await meanwhile?.();
    await session.run("CALL db.awaitIndexes(300)");
  } finally {
    await session.close();
  }
}

/**
 * Writes articles in one write transaction: what an earlier load of the same
 * articles wrote is removed first, so loading twice gives the same graph, and
 * a failure at any point leaves nothing of these articles behind.
 */
export async function writeArticles(
  driver: Driver,
  plans: readonly ArticlePlan[],
  options: WriteOptions = {},
  mergedFirst?: ReadonlySet<string>,
): Promise<void> {
  const batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
  const slugs = plans.map((p) => p.slug);
  const progress = (step: WriteProgress["step"], total: number) => (done: number) =>
    options.onProgress?.({ slugs, step, done, total });
  const { articles, entities, counts, sentences, mentions, relations } = loadRows(plans, mergedFirst);
  const session = driver.session({ database: options.database, defaultAccessMode: neo4j.session.WRITE });
  try {
    await session.executeWrite(async (tx) => {
      const loaded = (await tx.run(cypher("load/existing-articles"), { slugs })).records.map(
        (r) => r.get("slug") as string,
      );
      const size = Math.min(batchSize, STATEMENT_ROWS);
      const removal = (name: string) =>
        loaded.length === 0 ? [] : [{ statement: cypher(name), params: { slugs: loaded } }];
      await sendAll(tx, [
        ...removal("load/remove-article-relations"),
        ...removal("load/remove-article-sentences"),
        ...removal("load/release-article-entities"),
        ...sliced(cypher("load/merge-article"), articles, size),
        ...sliced(cypher("load/merge-entities"), entities, size, progress("entities", entities.length)),
        ...sliced(cypher("load/count-entities"), counts, size),
        ...sliced(cypher("load/create-sentences"), sentences, size, progress("sentences", sentences.length)),
        ...sliced(cypher("load/create-mentions"), mentions, size, progress("mentions", mentions.length)),
        ...sliced(cypher("load/create-relations"), relations, size, progress("relations", relations.length)),
      ]);
    });
  } finally {
    await session.close();
  }
}

/**
 * Removes everything the loader wrote, and nothing else: sentences first
 * (with the lexical relationships), then domain relationships, then articles
 * and entities, each in transactions of at most `batchSize` nodes or
 * relationships (the loader's --batch-size), one after another. Deleting
 * nodes alone in batches is not enough: DETACH DELETE
 * of one much-mentioned entity took all its relationships into one
 * transaction, which ran out of transaction memory on large graphs.
 */
export async function resetLoadedData(
  driver: Driver,
  database?: string,
  batchSize = DEFAULT_BATCH_SIZE,
): Promise<void> {
  const session = driver.session({ database, defaultAccessMode: neo4j.session.WRITE });
  try {
    for (const step of ["load/reset-sentences", "load/reset-relations", "load/reset-nodes"]) {
      for (;;) {
        const deleted = await session.executeWrite(async (tx) => {
          const result = await tx.run(cypher(step), { batch: neo4j.int(batchSize) });
          return Number(result.records[0]?.get("deleted") ?? 0);
        });
        if (deleted === 0) break;
      }
    }
  } finally {
    await session.close();
  }
}

export interface GraphCounts {
  labels: Record<string, number>;
  types: Record<string, number>;
}

export async function graphCounts(driver: Driver, database?: string): Promise<GraphCounts> {
  const session = driver.session({ database, defaultAccessMode: neo4j.session.READ });
  try {
    const labels = await session.run(cypher("load/count-labels"));
    const types = await session.run(cypher("load/count-types"));
    return {
      labels: Object.fromEntries(labels.records.map((r) => [r.get("label"), Number(r.get("count"))])),
      types: Object.fromEntries(types.records.map((r) => [r.get("type"), Number(r.get("count"))])),
    };
  } finally {
    await session.close();
  }
}
