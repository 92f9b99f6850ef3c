import type { Driver } from "neo4j-driver";
import neo4j from "neo4j-driver";
import type { ArticlePlan } from "../../graph/loader/plan.ts";
import { cypher } from "../../graph/neo4j/cypherFiles.ts";
import { toDriverProperties } from "../../graph/neo4j/values.ts";

/**
 * The naive baseline: the loader's own statements, but one transaction per
 * row. Returns the relationships written and the seconds taken.
 */
export async function loadPerRow(
  driver: Driver,
  plans: readonly ArticlePlan[],
): Promise<{ relationships: number; seconds: number }> {
  const session = driver.session({ defaultAccessMode: neo4j.session.WRITE });
  let relationships = 0;
  const one = (statement: string, params: Record<string, unknown>) =>
    session.executeWrite((tx) => tx.run(statement, params));
  const started = performance.now();
  try {
    for (const plan of plans) {
      const slug = plan.slug;
      await one(cypher("load/merge-article"), {
        rows: [{ slug, properties: toDriverProperties(plan.article) }],
      });
      for (const e of plan.entities) {
        await one(cypher("load/merge-entities"), {
          rows: [{ ...e, articleCount: neo4j.int(1), properties: toDriverProperties(e.properties) }],
        });
      }
      for (const s of plan.sentences) {
        const row = {
          ...s,
          article: slug,
          index: neo4j.int(s.index),
          start: neo4j.int(s.start),
          end: neo4j.int(s.end),
        };
        await one(cypher("load/create-sentences"), { rows: [row] });
      }
      for (const m of plan.mentions) {
        const row = {
          ...m,
          starts: m.starts.map((n) => neo4j.int(n)),
          ends: m.ends.map((n) => neo4j.int(n)),
        };
        await one(cypher("load/create-mentions"), { rows: [row] });
      }
      for (const r of plan.relations) {
        const row = {
          ...r,
          article: slug,
          properties: toDriverProperties(r.properties),
          sentenceIndices: r.sentenceIndices.map((n) => neo4j.int(n)),
        };
        await one(cypher("load/create-relations"), { rows: [row] });
      }
      relationships += plan.sentences.length + plan.mentions.length + plan.relations.length;
    }
    return { relationships, seconds: (performance.now() - started) / 1000 };
  } finally {
    await session.close();
  }
}
