import neo4j from "neo4j-driver";
import { toDriverProperties } from "../neo4j/values.ts";
import type { ArticlePlan, EntityRow } from "./plan.ts";

/**
 * One row per entity for all the articles of a transaction, merged in article
 * order as successive loads would merge them: labels, aliases and demonyms
 * accumulate, the last name and property values win.
 */
function entityRows(plans: readonly ArticlePlan[]) {
  const rows = new Map<string, EntityRow & { articleCount: number }>();
  const union = (into: string[], more: readonly string[]) => {
    for (const x of more) if (!into.includes(x)) into.push(x);
  };
  for (const plan of plans) {
    for (const e of plan.entities) {
      const row = rows.get(e.id);
      if (!row) {
        rows.set(e.id, {
          ...e,
          labels: [...e.labels],
          aliases: [...e.aliases],
          demonyms: [...e.demonyms],
          properties: { ...e.properties },
          articleCount: 1,
        });
        continue;
      }
      union(row.labels, e.labels);
      union(row.aliases, e.aliases);
      union(row.demonyms, e.demonyms);
      row.articleCount += 1;
      row.name = e.name;
      Object.assign(row.properties, e.properties);
    }
  }
  return [...rows.values()].map((e) => ({
    ...e,
    articleCount: neo4j.int(e.articleCount),
    properties: toDriverProperties(e.properties),
  }));
}

/**
 * The parameter rows of the load statements (cypher/load/*.cypher) for
 * articles written together, with the values the driver needs (integers as
 * Neo4j integers, typed properties converted).
 */
export function loadRows(plans: readonly ArticlePlan[]) {
  return {
    articles: plans.map((p) => ({ slug: p.slug, properties: toDriverProperties(p.article) })),
    entities: entityRows(plans),
    sentences: plans.flatMap((p) =>
      p.sentences.map((s) => ({
        ...s,
        article: p.slug,
        index: neo4j.int(s.index),
        start: neo4j.int(s.start),
        end: neo4j.int(s.end),
      })),
    ),
    mentions: plans.flatMap((p) =>
      p.mentions.map((m) => ({
        ...m,
        starts: m.starts.map((n) => neo4j.int(n)),
        ends: m.ends.map((n) => neo4j.int(n)),
      })),
    ),
    relations: plans.flatMap((p) =>
      p.relations.map((r) => ({
        ...r,
        article: p.slug,
        properties: toDriverProperties(r.properties),
        sentenceIndices: r.sentenceIndices.map((n) => neo4j.int(n)),
      })),
    ),
  };
}
