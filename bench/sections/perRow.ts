import type { Driver } from "neo4j-driver";
import neo4j from "neo4j-driver";
import type { ArticlePlan } from "../../graph/loader/plan.ts";
import { loadRows } from "../../graph/loader/rows.ts";
import { cypher } from "../../graph/neo4j/cypherFiles.ts";

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
      // The loader's own rows, one transaction each.
      const rows = loadRows([plan]);
      for (const row of rows.articles) await one(cypher("load/merge-article"), { rows: [row] });
      for (const row of rows.entities) await one(cypher("load/merge-entities"), { rows: [row] });
      for (const row of rows.sentences) await one(cypher("load/create-sentences"), { rows: [row] });
      for (const row of rows.mentions) await one(cypher("load/create-mentions"), { rows: [row] });
      for (const row of rows.relations) await one(cypher("load/create-relations"), { rows: [row] });
      relationships += plan.sentences.length + plan.mentions.length + plan.relations.length;
    }
    return { relationships, seconds: (performance.now() - started) / 1000 };
  } finally {
    await session.close();
  }
}
