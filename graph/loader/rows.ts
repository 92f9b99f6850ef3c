import neo4j from "neo4j-driver";
import { toDriverProperties, toDriverValue } from "../neo4j/driverValues.ts";
import { type ArticleEntities, EntityMerger } from "./entities.ts";
import { locatedEntities } from "./locations.ts";
import type { ArticlePlan } from "./plan.ts";

function mergedEntities(articles: readonly ArticleEntities[]): EntityMerger {
  const merger = new EntityMerger();
  for (const article of articles) merger.add(article);
  return merger;
}

/**
 * One row per entity of the merger (see EntityMerger) that `keep` accepts,
 * with its location (null when nothing places it); every entity of the
 * merger takes part in locating the others.
 */
function locatedRows(merger: EntityMerger, keep: (id: string) => boolean = () => true) {
  return locatedEntities(merger)
    .filter((e) => keep(e.id))
    .map(({ placed, ...e }) => ({
      ...e,
      articleCount: neo4j.int(e.articleCount),
      properties: toDriverProperties(e.properties),
      location: placed?.location ? toDriverValue(placed.location) : null,
      locationSource: placed?.locationSource ?? null,
    }));
}

/** The rows of merge-entities for the entities of `articles` that `keep` accepts, merged over all of them. */
export function mergedEntityRows(articles: readonly ArticleEntities[], keep: (id: string) => boolean) {
  return locatedRows(mergedEntities(articles), keep);
}

/**
 * The parameter rows of the load statements (cypher/load/*.cypher) for
 * articles written together, with the values the driver needs (integers as
 * Neo4j integers, typed properties converted). The entities in `mergedFirst`
 * were merged before these articles' transaction: they are only counted.
 */
export function loadRows(plans: readonly ArticlePlan[], mergedFirst: ReadonlySet<string> = new Set()) {
  const merger = mergedEntities(plans);
  const counted = merger.rows().filter((e) => mergedFirst.has(e.id));
  return {
    articles: plans.map((p) => ({ slug: p.slug, properties: toDriverProperties(p.article) })),
    // Locating places costs gazetteer look-ups: none when every entity was merged first.
    entities:
      counted.length === merger.rows().length ? [] : locatedRows(merger, (id) => !mergedFirst.has(id)),
    counts: counted.map((e) => ({ id: e.id, articleCount: neo4j.int(e.articleCount) })),
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
