import type { Draft, DraftEntity, DraftRelation, ReviewStatus, Span } from "../../../../graph/model/draft.ts";
import type { ItemRef } from "../../shell/annotateUrl.ts";
import { firstFreeId, slugId } from "../../../../graph/lexical/ids.ts";

/**
 * Pure edits of a draft: each returns a new draft and leaves its argument
 * alone, so the review reducer can keep the old one for undo.
 */

/** What a person enters carries this engine and score. */
const BY_HAND = { engine: "person", score: 1 } as const;

export function setStatus(draft: Draft, item: ItemRef, status: ReviewStatus): Draft {
  return item.kind === "entity"
    ? { ...draft, entities: draft.entities.map((e) => (e.id === item.id ? { ...e, status } : e)) }
    : { ...draft, relations: draft.relations.map((r) => (r.id === item.id ? { ...r, status } : r)) };
}

/** The reviewer sets the publication date ({date}) or marks it unknown (null); publishing writes it to meta.json. */
export function setPublished(draft: Draft, published: Draft["published"]): Draft {
  return { ...draft, published };
}

export function setLanguage(draft: Draft, language: string): Draft {
  return { ...draft, language };
}

/** `location`: the reviewer's point, or null for "no location" (it wins over the gazetteer's). */
export type EntityChange = Partial<
  Pick<DraftEntity, "name" | "labels" | "aliases" | "properties" | "location">
>;
export type RelationChange = Partial<Pick<DraftRelation, "type" | "from" | "to" | "properties">>;

export function updateEntity(draft: Draft, id: string, change: EntityChange): Draft {
  return { ...draft, entities: draft.entities.map((e) => (e.id === id ? { ...e, ...change } : e)) };
}

export function updateRelation(draft: Draft, id: string, change: RelationChange): Draft {
  return { ...draft, relations: draft.relations.map((r) => (r.id === id ? { ...r, ...change } : r)) };
}

export function swapDirection(draft: Draft, id: string): Draft {
  return {
    ...draft,
    relations: draft.relations.map((r) => (r.id === id ? { ...r, from: r.to, to: r.from } : r)),
  };
}

/** Relations that named `from` name `to` instead. */
function rewire(relations: DraftRelation[], from: string, to: string): DraftRelation[] {
  return relations.map((r) =>
    r.from === from || r.to === from
      ? { ...r, from: r.from === from ? to : r.from, to: r.to === from ? to : r.to }
      : r,
  );
}

function unique<T>(items: readonly T[], key: (item: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    const k = key(item);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

const spanKey = (s: Span) => `${s.start}:${s.end}`;

/**
 * `from` becomes part of `into`: mentions and aliases united (its name
 * becomes an alias), relations rewired, and `from` is gone.
 */
export function mergeEntities(draft: Draft, from: string, into: string): Draft {
  const source = draft.entities.find((e) => e.id === from);
  const target = draft.entities.find((e) => e.id === into);
  if (!source || !target || from === into) return draft;
  const aliases = unique(
    [...target.aliases, source.name, ...source.aliases].filter((a) => a !== target.name),
    (a) => a.toLowerCase(),
  );
  const merged: DraftEntity = {
    ...target,
    aliases,
    // The entity merged into keeps its labels: a union would carry over the very label
    // that made the merged one wrong (a surname read as an Organization, merged into a Person).
    labels: target.labels.length > 0 ? target.labels : source.labels,
    demonyms: unique([...target.demonyms, ...source.demonyms], (d) => d),
    properties: { ...source.properties, ...target.properties },
    mentions: unique([...target.mentions, ...source.mentions], spanKey).sort((a, b) => a.start - b.start),
    status: target.status === "accepted" || source.status === "accepted" ? "accepted" : target.status,
  };
  return {
    ...draft,
    entities: draft.entities.filter((e) => e.id !== from).map((e) => (e.id === into ? merged : e)),
    relations: rewire(draft.relations, from, into),
  };
}

/** The graph entity a draft entity is linked to: its `id` property, name and labels. */
export interface GraphEntity {
  id: string;
  name: string;
  labels: DraftEntity["labels"];
}

/**
 * The draft entity becomes the graph entity: its id is the graph's, relations
 * follow. If another draft entity already stands for that graph entity, the
 * two are merged.
 */
export function linkEntity(draft: Draft, id: string, graph: GraphEntity): Draft {
  const entity = draft.entities.find((e) => e.id === id);
  if (!entity) return draft;
  const other = draft.entities.find((e) => e.id === graph.id && e.id !== id);
  const linked: DraftEntity = {
    ...entity,
    id: graph.id,
    existing: true,
    candidates: [],
    labels: graph.labels.length > 0 ? graph.labels : entity.labels,
  };
  if (other) {
    const renamed = {
      ...draft,
      entities: draft.entities.map((e) => (e.id === id ? { ...linked, id: `${graph.id}-linking` } : e)),
      relations: rewire(draft.relations, id, `${graph.id}-linking`),
    };
    return mergeEntities(renamed, `${graph.id}-linking`, graph.id);
  }
  const aliases =
    entity.name !== graph.name && !entity.aliases.includes(entity.name)
      ? [...entity.aliases, entity.name]
      : entity.aliases;
  return {
    ...draft,
    entities: draft.entities.map((e) => (e.id === id ? { ...linked, name: graph.name, aliases } : e)),
    relations: rewire(draft.relations, id, graph.id),
  };
}

/** The chosen mentions leave `id` for a new entity of the same labels, named after the first of them. */
export function splitEntity(draft: Draft, id: string, mentions: readonly Span[]): Draft {
  const entity = draft.entities.find((e) => e.id === id);
  const moving = new Set(mentions.map(spanKey));
  if (!entity || moving.size === 0) return draft;
  const moved = entity.mentions.filter((m) => moving.has(spanKey(m)));
  const kept = entity.mentions.filter((m) => !moving.has(spanKey(m)));
  const first = moved[0];
  if (!first) return draft;
  const created = newEntity(draft, first.text, entity.labels, moved);
  return {
    ...draft,
    entities: [...draft.entities.map((e) => (e.id === id ? { ...e, mentions: kept } : e)), created],
  };
}

/** A new entity entered by hand (accepted, engine "person"), its id made from its name. */
export function newEntity(
  draft: Draft,
  name: string,
  labels: DraftEntity["labels"],
  mentions: Span[],
): DraftEntity {
  const id = firstFreeId(slugId(name, "entity"), new Set(draft.entities.map((e) => e.id)));
  return {
    id,
    labels,
    name: name.trim(),
    aliases: [],
    demonyms: [],
    properties: {},
    mentions,
    existing: false,
    candidates: [],
    status: "accepted",
    ...BY_HAND,
  };
}

export function addEntity(draft: Draft, entity: DraftEntity): Draft {
  return { ...draft, entities: [...draft.entities, entity] };
}

/** One more mention of an entity (nothing changes if it is already there). */
export function addMention(draft: Draft, id: string, span: Span): Draft {
  return {
    ...draft,
    entities: draft.entities.map((e) =>
      e.id === id && !e.mentions.some((m) => spanKey(m) === spanKey(span))
        ? { ...e, mentions: [...e.mentions, span].sort((a, b) => a.start - b.start) }
        : e,
    ),
  };
}

/** A relation entered by hand whose one evidence quote is exactly the selected span. */
export function addRelation(draft: Draft, type: string, from: string, to: string, span: Span): Draft {
  const id = firstFreeId(
    slugId(`${from} ${type} ${to}`, "relation"),
    new Set(draft.relations.map((r) => r.id)),
  );
  const relation: DraftRelation = {
    id,
    type,
    from,
    to,
    properties: {},
    evidence: [span.text],
    evidenceSpans: [span],
    status: "accepted",
    ...BY_HAND,
  };
  return { ...draft, relations: [...draft.relations, relation] };
}
