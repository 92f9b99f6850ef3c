import { findMentions } from "../lexical/mentions.ts";
import { type SentenceSpan, sentenceAt, sentencesOverlapping, splitSentences } from "../lexical/sentences.ts";
import { type Properties, type StoredValue, flattenProperties } from "../model/values.ts";
import type { LatLon } from "../places/locate.ts";
import type { ArticleInput } from "./read.ts";
import { provenanceHashOf, sourceHashOf } from "./sourceHash.ts";

/** Everything one article writes, as rows ready for UNWIND; pure and testable. */
export interface ArticlePlan {
  slug: string;
  article: Record<string, StoredValue>;
  sentences: SentenceRow[];
  entities: EntityRow[];
  mentions: MentionRow[];
  relations: RelationRow[];
}

export interface SentenceRow {
  id: string;
  index: number;
  text: string;
  start: number;
  end: number;
}

export interface EntityRow {
  id: string;
  labels: string[];
  name: string;
  aliases: string[];
  /** The language tag of each alias, in the order of `aliases`: the language of the article that gave it. */
  aliasLanguages: string[];
  demonyms: string[];
  properties: Record<string, StoredValue>;
  /** The reviewer's location from annotation.json, if set; null: the reviewer cleared it. */
  location?: LatLon | null;
}

export interface MentionRow {
  sentence: string;
  entity: string;
  surfaces: string[];
  /** Offsets relative to the sentence text. */
  starts: number[];
  ends: number[];
}

export interface RelationRow {
  id: string;
  type: string;
  from: string;
  to: string;
  properties: Record<string, StoredValue>;
  evidence: string[];
  sentenceIndices: number[];
}

export function sentenceId(slug: string, index: number): string {
  return `${slug}#${index}`;
}

/** Relationship ids are scoped by article, so two articles never collide. */
export function relationId(slug: string, id: string): string {
  return `${slug}/${id}`;
}

function occurrences(text: string, quote: string): number[] {
  const found: number[] = [];
  for (let at = text.indexOf(quote); at !== -1; at = text.indexOf(quote, at + 1)) found.push(at);
  return found;
}

function evidenceSentences(text: string, sentences: readonly SentenceSpan[], quotes: readonly string[]) {
  const indices = new Set<number>();
  for (const quote of quotes) {
    for (const at of occurrences(text, quote)) {
      for (const s of sentencesOverlapping(sentences, at, at + quote.length)) indices.add(s.index);
    }
  }
  return [...indices].sort((a, b) => a - b);
}

/**
 * Every date value the article's entities and relations carry, as ISO text at
 * its own precision ("2025-06-23", "2025-06", "1960"): what the timeline's
 * event lane counts, kept on the article so that loading it again replaces them.
 */
function eventDates(items: readonly { properties: Properties }[]): string[] {
  return items.flatMap((item) =>
    Object.values(item.properties).flatMap((v) =>
      typeof v === "object" && !Array.isArray(v) && "date" in v ? [v.date] : [],
    ),
  );
}

/** The Article node's provenance: wire (agency), reprintOf, shared, outlet, origin; absent values are left out. */
function provenanceProperties(input: ArticleInput): Record<string, StoredValue> {
  const p = input.provenance;
  const origin = p?.origin ?? `article:${input.meta.slug}`;
  return Object.fromEntries(
    Object.entries({
      wire: p?.wire?.agency,
      reprintOf: p?.reprintOf,
      shared: p?.shared,
      outlet: p?.outlet,
      origin,
    }).filter((entry): entry is [string, string | number] => entry[1] !== null && entry[1] !== undefined),
  );
}

/** The rows of an article's entities, without planning its sentences and mentions. */
export function entityRowsOf(input: ArticleInput): EntityRow[] {
  return input.annotation.entities.map((e) => ({
    id: e.id,
    labels: [...new Set(e.labels)],
    name: e.name,
    aliases: e.aliases,
    aliasLanguages: e.aliases.map(() => input.meta.language),
    demonyms: e.demonyms,
    properties: flattenProperties(e.properties),
    ...(e.location !== undefined ? { location: e.location } : {}),
  }));
}

export function planArticle(input: ArticleInput): ArticlePlan {
  const { meta, annotation, text } = input;
  const slug = meta.slug;
  const spans = splitSentences(text, meta.language);

  const mentionsBySentence = new Map<string, MentionRow>();
  const found = findMentions(
    text,
    annotation.entities.map((e) => ({ id: e.id, names: [e.name, ...e.aliases], demonyms: e.demonyms })),
  );
  for (const mention of found) {
    const sentence = sentenceAt(spans, mention.start);
    if (!sentence) continue;
    const key = `${sentence.index}\u0000${mention.entityId}`;
    let row = mentionsBySentence.get(key);
    if (!row) {
      row = {
        sentence: sentenceId(slug, sentence.index),
        entity: mention.entityId,
        surfaces: [],
        starts: [],
        ends: [],
      };
      mentionsBySentence.set(key, row);
    }
    row.surfaces.push(mention.surface.replace(/\s+/g, " "));
    row.starts.push(mention.start - sentence.start);
    row.ends.push(mention.end - sentence.start);
  }

  return {
    slug,
    article: {
      slug,
      title: meta.title,
      publisher: meta.publisher,
      // An undated article (meta.json "published": null) gets no published property at all.
      ...(meta.published
        ? { published: flattenProperties({ published: meta.published }).published as StoredValue }
        : {}),
      language: meta.language,
      attribution: meta.attribution,
      text,
      sentenceCount: spans.length,
      entityIds: annotation.entities.map((e) => e.id),
      relationCount: annotation.relations.length,
      eventDates: eventDates([...annotation.entities, ...annotation.relations]),
      sourceHash: sourceHashOf(input),
      provenanceHash: provenanceHashOf(input),
      ...provenanceProperties(input),
    },
    sentences: spans.map((s) => ({
      id: sentenceId(slug, s.index),
      index: s.index,
      text: s.text,
      start: s.start,
      end: s.end,
    })),
    entities: entityRowsOf(input),
    mentions: [...mentionsBySentence.values()],
    relations: annotation.relations.map((r) => ({
      id: relationId(slug, r.id),
      type: r.type,
      from: r.from,
      to: r.to,
      properties: flattenProperties(r.properties),
      evidence: r.evidence,
      sentenceIndices: evidenceSentences(text, spans, r.evidence),
    })),
  };
}
