import type { DecisionsFile } from "../contract/duplicates.ts";
import type { Annotation, Entity } from "../model/annotation.ts";
import { type SameAsIndex, sameAsIndex } from "./sameAs.ts";

/** The merges of a decisions file, with the name each kept id had when it was decided. */
export interface SameAs {
  index: SameAsIndex;
  /** The kept id's name as the decision recorded it, for an article that names only the dropped one. */
  keptName(id: string): string | undefined;
}

export function sameAsOf(decisions: DecisionsFile): SameAs {
  const index = sameAsIndex(decisions.same);
  const names = new Map(decisions.same.map((d) => [d.keep, d.keepName]));
  return { index, keptName: (id) => names.get(id) };
}

/** Each dropped id and the id its chain of merges ends at, as a plain object (it crosses to worker threads). */
export function keptIds(sameAs: SameAs, decisions: DecisionsFile): Record<string, string> {
  return Object.fromEntries(decisions.same.map((d) => [d.drop, sameAs.index.resolve(d.drop)]));
}

function union(into: string[], more: readonly string[]): void {
  for (const x of more) if (!into.includes(x)) into.push(x);
}

/**
 * An article's annotation with the merges applied: every id becomes the id its
 * chain of merges ends at; entities that end at one id become one entity (the
 * kept one's name when the article names it, else the name the decision
 * recorded), the other names becoming aliases; relations follow their ends.
 * The files are never rewritten: this runs on every load.
 */
export function applySameAs(annotation: Annotation, sameAs: SameAs): Annotation {
  const { resolve } = sameAs.index;
  if (annotation.entities.every((e) => resolve(e.id) === e.id)) return annotation;
  const groups = new Map<string, Entity[]>();
  for (const e of annotation.entities) {
    const kept = resolve(e.id);
    groups.set(kept, [...(groups.get(kept) ?? []), e]);
  }
  const entities = [...groups].map(([id, members]): Entity => {
    const own = members.find((e) => e.id === id);
    const name = own?.name ?? sameAs.keptName(id) ?? members[0]!.name;
    const aliases: string[] = [];
    const labels: Entity["labels"] = [];
    const demonyms: string[] = [];
    const properties: Entity["properties"] = {};
    let location: Entity["location"];
    // The kept entity last, so its own property values and reviewer's location win.
    for (const e of [...members.filter((m) => m !== own), ...(own ? [own] : [])]) {
      union(aliases, [e.name, ...e.aliases]);
      union(labels, e.labels);
      union(demonyms, e.demonyms);
      Object.assign(properties, e.properties);
      if (e.location !== undefined) location = e.location;
    }
    return {
      id,
      labels,
      name,
      aliases: aliases.filter((a) => a !== name),
      demonyms,
      properties,
      ...(location !== undefined ? { location } : {}),
    };
  });
  const relations = annotation.relations.map((r) => ({ ...r, from: resolve(r.from), to: resolve(r.to) }));
  return { entities, relations };
}
