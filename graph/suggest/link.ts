import type { Record as Neo4jRecord } from "neo4j-driver";
import { foldName } from "../lexical/fold.ts";
import type { Candidate } from "../model/draft.ts";
import { escapeLucene } from "../lexical/lucene.ts";
import type { EntityGroup } from "./cluster.ts";
import { containment, innerNames, sameKind } from "./contain.ts";
import { pushTo } from "./multimap.ts";
import { cityNames, countryNames } from "../places/frenchNames.ts";
import { sameSpelledName } from "./spellingVariants.ts";
import { sameWordSet, wordSetQuery } from "./wordSets.ts";

/** Named read statements from cypher/, as GraphDb.read runs them. */
export interface GraphReader {
  read(name: string, params?: Record<string, unknown>): Promise<Neo4jRecord[]>;
}

export interface GraphEntity {
  id: string;
  name: string;
  aliases: string[];
  demonyms: string[];
  labels: string[];
  score: number;
}

export interface Link {
  /** The one graph entity the group is, when its names match exactly one. */
  entity?: GraphEntity;
  /** Graph entities it might be: several exact matches, or near matches only. */
  candidates: Candidate[];
  /** The link's own score when it is a proposal rather than an equal name (the same words across languages). */
  score?: number;
}

/** The score of a link made on the same words across languages: below an equal name's, for the reviewer to confirm. */
const WORD_SET_SCORE = 0.7;

/** A Lucene phrase query for a name, folded and escaped: the words in order, nothing else. */
function phrase(name: string): string | null {
  const folded = foldName(name)
    .replace(/[^\p{L}\p{N}' -]/gu, " ")
    .trim();
  if (!folded) return null;
  return `"${escapeLucene(folded)}"`;
}

function toEntity(r: Neo4jRecord): GraphEntity {
  return {
    id: String(r.get("id")),
    name: String(r.get("name")),
    aliases: (r.get("aliases") as unknown[]).map(String),
    demonyms: (r.get("demonyms") as unknown[]).map(String),
    labels: (r.get("labels") as unknown[]).map(String),
    score: Number(r.get("score")),
  };
}

/** Full-text phrase look-ups of names, keyed as given. */
export async function lookupNames(
  db: GraphReader,
  statement: string,
  names: Map<string, string>,
): Promise<Map<string, GraphEntity[]>> {
  const queries = [...names.entries()].flatMap(([key, name]) => {
    const query = phrase(name);
    return query ? [{ key, query }] : [];
  });
  return lookupQueries(db, statement, queries);
}

/** Full-text look-ups of Lucene queries built here (never raw text), keyed as given. */
async function lookupQueries(
  db: GraphReader,
  statement: string,
  queries: { key: string; query: string }[],
): Promise<Map<string, GraphEntity[]>> {
  const found = new Map<string, GraphEntity[]>();
  if (queries.length === 0) return found;
  for (const r of await db.read(statement, { queries, limit: 5 })) {
    const key = String(r.get("key"));
    pushTo(found, key, toEntity(r));
  }
  return found;
}

/** Labels whose names the data sets give in English and French. */
const PLACE_NAME_LABELS = new Set(["Country", "City", "Place", "Region"]);

/**
 * A place group's names in the other language of the data sets: "Russie" and
 * "Fédération de Russie" for "Russia" and back, "Moscow" for "Moscou". Only
 * for places: "Maurice" the person is no Mauritius.
 */
function otherLanguageNames(g: EntityGroup): string[] {
  if (!g.labels.some((l) => PLACE_NAME_LABELS.has(l))) return [];
  return [g.name, ...g.aliases].flatMap((n) => {
    const country = countryNames(n);
    const city = cityNames(n);
    return [
      ...(country ? [country.english, ...country.french] : []),
      ...(city ? [city.english, city.french] : []),
    ];
  });
}

/**
 * Finds each group in the graph through the full-text indexes that search
 * uses (names and aliases) and the demonym index. A graph entity counts as
 * the same when one of its names equals one of the group's, case and accents
 * aside, a place's name in the other language included ("Moscou" is the
 * graph's Moscow); full-text near matches become candidates for the reviewer.
 */
export async function linkGroups(
  db: GraphReader,
  groups: readonly EntityGroup[],
  language?: string,
): Promise<Link[]> {
  const names = new Map<string, string>();
  const demonyms = new Map<string, string>();
  const translated = groups.map((g) => [...new Set(otherLanguageNames(g))]);
  groups.forEach((g, i) => {
    const own = [g.name, ...g.aliases];
    own.forEach((n, j) => names.set(`${i}:${j}`, n));
    // The shorter names a name holds, to find a graph entity named by part of it ("Wagner" for "Wagner Group").
    [...new Set(own.flatMap(innerNames))].forEach((n, j) => names.set(`${i}:in${j}`, n));
    translated[i]!.forEach((n, j) => names.set(`${i}:tr${j}`, n));
    g.demonyms.forEach((d, j) => demonyms.set(`${i}:${j}`, d));
  });
  // In a French text, names looked up by the things their words say, for a graph that names them in English.
  const french = language?.toLowerCase().startsWith("fr") ?? false;
  const wordSetQueries = french
    ? groups.flatMap((g, i) =>
        [g.name, ...g.aliases].flatMap((n, j) => {
          const query = wordSetQuery(n);
          return query ? [{ key: `${i}:${j}`, query }] : [];
        }),
      )
    : [];
  const [byName, byDemonym, byWords] = await Promise.all([
    lookupNames(db, "suggest/find-names", names),
    lookupNames(db, "suggest/find-demonyms", demonyms),
    lookupQueries(db, "suggest/find-names", wordSetQueries),
  ]);
  return groups.map((g, i) => {
    const own = new Set([g.name, ...g.aliases, ...g.demonyms, ...translated[i]!].map(foldName));
    const hits = new Map<string, GraphEntity>();
    for (const source of [byName, byDemonym]) {
      for (const [key, entities] of source) {
        if (!key.startsWith(`${i}:`)) continue;
        for (const e of entities) {
          const seen = hits.get(e.id);
          if (!seen || seen.score < e.score) hits.set(e.id, e);
        }
      }
    }
    const all = [...hits.values()].sort((a, b) => b.score - a.score);
    const exact = all.filter((e) => [e.name, ...e.aliases, ...e.demonyms].some((n) => own.has(foldName(n))));
    const top = Math.max(1, ...all.map((e) => e.score));
    const score = (e: GraphEntity, base: number) => Math.round(base * (e.score / top) * 100) / 100;
    if (exact.length === 1) return { entity: exact[0], candidates: [] };
    if (exact.length > 1) {
      return {
        entity: exact[0],
        candidates: exact.map((e) => ({ id: e.id, name: e.name, labels: e.labels, score: score(e, 0.9) })),
      };
    }
    const sameWords = wordSetLink(g, byWords, i) ?? (french ? spellingLink(g, all) : undefined);
    if (sameWords) return sameWords;
    // No equal name: a graph entity whose name holds the text's or is held by it, with the reason.
    const contained = all.flatMap((e) => {
      const reason = [g.name, ...g.aliases]
        .flatMap((t) => [e.name, ...e.aliases].map((n) => containment(t, n)))
        .find((r) => r !== undefined);
      return reason ? [{ e, reason }] : [];
    });
    const ofKind = contained.filter(({ e }) => sameKind(e.labels, g.labels));
    const candidates = (
      contained.length > 0 ? contained : all.slice(0, 3).map((e) => ({ e, reason: undefined }))
    )
      .slice(0, 3)
      .map(({ e, reason }) => ({
        id: e.id,
        name: e.name,
        labels: e.labels,
        score: score(e, reason ? 0.75 : 0.6),
        ...(reason ? { reason } : {}),
      }));
    // Linked only when the one such entity is of the same kind and no other competes.
    return ofKind.length === 1 && contained.length === 1
      ? { entity: ofKind[0]!.e, candidates }
      : { candidates };
  });
}

/**
 * The one graph entity of the group's kind that says the same things in
 * other words ("Corps africain", the graph's "Africa Corps"), linked with a
 * lower score and the reason as its candidate; undefined when none or several do.
 */
function wordSetLink(g: EntityGroup, byWords: Map<string, GraphEntity[]>, i: number): Link | undefined {
  const matches = new Map<string, { e: GraphEntity; reason: string }>();
  for (const [key, entities] of byWords) {
    if (!key.startsWith(`${i}:`)) continue;
    for (const e of entities) {
      if (matches.has(e.id) || !sameKind(e.labels, g.labels)) continue;
      for (const t of [g.name, ...g.aliases]) {
        const n = [e.name, ...e.aliases].find((n) => sameWordSet(t, n));
        if (n) {
          matches.set(e.id, { e, reason: `"${t}" says the same as the graph's "${n}" in other words` });
          break;
        }
      }
    }
  }
  if (matches.size !== 1) return undefined;
  const [{ e, reason }] = [...matches.values()] as [{ e: GraphEntity; reason: string }];
  return proposal(e, reason);
}

/** A link to be confirmed: the entity with a lower score, and itself as the candidate with the reason. */
function proposal(e: GraphEntity, reason: string): Link {
  return {
    entity: e,
    candidates: [{ id: e.id, name: e.name, labels: e.labels, score: WORD_SET_SCORE, reason }],
    score: WORD_SET_SCORE,
  };
}

/**
 * The one person in the graph whose name is the group's spelled the other
 * language's way ("Vladimir Poutine", the graph's "Vladimir Putin"), linked
 * as a proposal like a name of the same words; undefined when none or several are.
 */
function spellingLink(g: EntityGroup, all: readonly GraphEntity[]): Link | undefined {
  if (!g.labels.includes("Person")) return undefined;
  const matches = all.flatMap((e) => {
    if (!e.labels.includes("Person")) return [];
    const pair = [g.name, ...g.aliases]
      .flatMap((t) => [e.name, ...e.aliases].map((n) => [t, n] as const))
      .find(([t, n]) => sameSpelledName(t, n));
    return pair ? [{ e, reason: `"${pair[0]}" is the graph's "${pair[1]}" spelled another way` }] : [];
  });
  if (matches.length !== 1) return undefined;
  return proposal(matches[0]!.e, matches[0]!.reason);
}

/**
 * A link with merged ids replaced by the id they were merged into, so a name
 * of a dropped entity links to the kept one (a graph not yet loaded again may
 * still hold the dropped node).
 */
export function keptLink(link: Link, sameAs: Readonly<Record<string, string>>): Link {
  const kept = (id: string) => sameAs[id] ?? id;
  const seen = new Set<string>();
  const candidates = link.candidates
    .map((c) => ({ ...c, id: kept(c.id) }))
    .filter((c) => !seen.has(c.id) && seen.add(c.id));
  return {
    ...link,
    ...(link.entity ? { entity: { ...link.entity, id: kept(link.entity.id) } } : {}),
    candidates,
  };
}

/** Which of these ids the graph already uses. */
export async function takenIds(db: GraphReader, ids: string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  return new Set((await db.read("suggest/existing-ids", { ids })).map((r) => String(r.get("id"))));
}
