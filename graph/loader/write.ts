import type { Driver, ManagedTransaction } from "neo4j-driver";
import neo4j from "neo4j-driver";
import { cypher, cypherStatements } from "../neo4j/cypherFiles.ts";
import { toDriverProperties } from "../neo4j/values.ts";
import type { ArticlePlan } from "./plan.ts";

export interface WriteProgress {
  slug: string;
  step: "entities" | "sentences" | "mentions" | "relations";
  done: number;
  total: number;
}

export interface WriteOptions {
  database?: string;
  batchSize?: number;
  /** Called after each batch, inside the transaction: throwing rolls the article back. */
  onProgress?: (progress: WriteProgress) => void;
}

/** Constraints and indexes, each in its own transaction, then wait until they are online. */
export async function ensureSchema(driver: Driver, database?: string): Promise<void> {
  const session = driver.session({ database, defaultAccessMode: neo4j.session.WRITE });
  try {
    for (const statement of cypherStatements("schema")) await session.run(statement);
    await session.run("CALL db.awaitIndexes(300)");
  } finally {
    await session.close();
  }
}

/**
 * Sends a statement per batch of rows without waiting for the answers: the
 * driver pipelines them on the transaction's connection and the server runs
 * them in order, so an article costs about one round trip, not one per
 * statement (which dominates on a busy machine). `report` runs as each batch's
 * answer arrives; whatever fails, the transaction fails.
 */
function inBatches<T>(
  tx: ManagedTransaction,
  statement: string,
  rows: readonly T[],
  params: Record<string, unknown>,
  report: (done: number) => void,
  batchSize: number,
): Promise<void>[] {
  const sent: Promise<void>[] = [];
  for (let start = 0; start < rows.length; start += batchSize) {
    const batch = rows.slice(start, start + batchSize);
    const done = Math.min(start + batchSize, rows.length);
    sent.push(Promise.resolve(tx.run(statement, { ...params, rows: batch })).then(() => report(done)));
  }
  return sent;
}

/**
 * Writes one article in one write transaction: what an earlier load of the
 * same article wrote is removed first, so loading twice gives the same graph,
 * and a failure at any point leaves nothing of the article behind.
 */
export async function writeArticle(
  driver: Driver,
  plan: ArticlePlan,
  options: WriteOptions = {},
): Promise<void> {
  const batchSize = options.batchSize ?? 5000;
  const { slug } = plan;
  const progress = (step: WriteProgress["step"], total: number) => (done: number) =>
    options.onProgress?.({ slug, step, done, total });
  const session = driver.session({ database: options.database, defaultAccessMode: neo4j.session.WRITE });
  try {
    await session.executeWrite(async (tx) => {
      const run = (name: string, params: Record<string, unknown>) =>
        Promise.resolve(tx.run(cypher(name), params)).then(() => undefined);
      const entities = plan.entities.map((e) => ({ ...e, properties: toDriverProperties(e.properties) }));
      const sentences = plan.sentences.map((s) => ({
        ...s,
        index: neo4j.int(s.index),
        start: neo4j.int(s.start),
        end: neo4j.int(s.end),
      }));
      const mentions = plan.mentions.map((m) => ({
        ...m,
        starts: m.starts.map((n) => neo4j.int(n)),
        ends: m.ends.map((n) => neo4j.int(n)),
      }));
      const relations = plan.relations.map((r) => ({
        ...r,
        properties: toDriverProperties(r.properties),
        sentenceIndices: r.sentenceIndices.map((n) => neo4j.int(n)),
      }));
      // Every statement is sent at once and runs in this order on the server.
      await Promise.all([
        run("load/remove-article-relations", { slug }),
        run("load/remove-article-sentences", { slug }),
        run("load/release-article-entities", { slug }),
        run("load/merge-article", { slug, properties: toDriverProperties(plan.article) }),
        ...inBatches(
          tx,
          cypher("load/merge-entities"),
          entities,
          { slug },
          progress("entities", entities.length),
          batchSize,
        ),
        ...inBatches(
          tx,
          cypher("load/create-sentences"),
          sentences,
          { slug },
          progress("sentences", sentences.length),
          batchSize,
        ),
        ...inBatches(
          tx,
          cypher("load/create-mentions"),
          mentions,
          { slug },
          progress("mentions", mentions.length),
          batchSize,
        ),
        ...inBatches(
          tx,
          cypher("load/merge-relations"),
          relations,
          { slug },
          progress("relations", relations.length),
          batchSize,
        ),
      ]);
    });
  } finally {
    await session.close();
  }
}

/** Removes everything the loader wrote, in batches; other data is left alone. */
export async function resetLoadedData(driver: Driver, database?: string): Promise<void> {
  const session = driver.session({ database, defaultAccessMode: neo4j.session.WRITE });
  try {
    await session.run(cypher("load/reset"));
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
