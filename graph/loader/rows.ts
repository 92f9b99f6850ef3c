import neo4j from "neo4j-driver";
import { toDriverProperties, toDriverValue } from "../neo4j/driverValues.ts";
import { EntityMerger } from "./entities.ts";
import { locatedEntities } from "./locations.ts";
import type { ArticlePlan } from "./plan.ts";

/**
 * One row per entity for all the articles of a transaction (see EntityMerger),
 * with its location (null when nothing places it).
 */
function entityRows(plans: readonly ArticlePlan[]) {
  const merger = new EntityMerger();
  for (const plan of plans) merger.add(plan);
  return locatedEntities(merger).map(({ placed, ...e }) => ({
    ...e,
    articleCount: neo4j.int(e.articleCount),
    properties: toDriverProperties(e.properties),
    location: placed?.location ? toDriverValue(placed.location) : null,
    locationSource: placed?.locationSource ?? null,
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
