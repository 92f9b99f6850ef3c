import { LOCATING_TYPES } from "../places/locate.ts";
import type { EntityRow, RelationRow } from "./plan.ts";

/** What EntityMerger reads of an article: its entities and the ends of its relations. */
export interface ArticleEntities {
  entities: readonly EntityRow[];
  relations: readonly Pick<RelationRow, "type" | "from" | "to">[];
}

/** An entity as several articles name it, merged into the one node they share. */
export interface MergedEntity extends EntityRow {
  /** How many of the merged articles name it. */
  articleCount: number;
}

/**
 * Merges the entity rows of articles in article order, as successive loads
 * merge them into one node: labels, aliases and demonyms accumulate, the last
 * name, property values and reviewer's location win, and each article
 * counts once. The relationships that say a place lies in another are kept
 * for locating places (graph/places/locate.ts).
 */
export class EntityMerger {
  private readonly merged = new Map<string, MergedEntity>();
  readonly placeLinks: { from: string; to: string }[] = [];

  add(plan: ArticleEntities): void {
    for (const r of plan.relations) {
      if ((LOCATING_TYPES as readonly string[]).includes(r.type))
        this.placeLinks.push({ from: r.from, to: r.to });
    }
    for (const e of plan.entities) {
      const row = this.merged.get(e.id);
      if (!row) {
        this.merged.set(e.id, {
          ...e,
          labels: [...e.labels],
          aliases: [...e.aliases],
          aliasLanguages: [...e.aliasLanguages],
          demonyms: [...e.demonyms],
          properties: { ...e.properties },
          articleCount: 1,
        });
        continue;
      }
      union(row.labels, e.labels);
      e.aliases.forEach((alias, i) => addAlias(row, alias, e.aliasLanguages[i] ?? ""));
      union(row.demonyms, e.demonyms);
      row.articleCount += 1;
      row.name = e.name;
      if (e.location !== undefined) row.location = e.location;
      Object.assign(row.properties, e.properties);
    }
  }

  rows(): MergedEntity[] {
    return [...this.merged.values()];
  }
}

/** An alias with its language tag, unless the entity has it already (the first language it came in stays). */
export function addAlias(
  row: Pick<EntityRow, "aliases" | "aliasLanguages">,
  alias: string,
  language: string,
): void {
  if (row.aliases.includes(alias)) return;
  row.aliases.push(alias);
  row.aliasLanguages.push(language);
}

function union(into: string[], more: readonly string[]): void {
  for (const x of more) if (!into.includes(x)) into.push(x);
}
