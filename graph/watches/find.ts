import type { Record as Neo4jRecord } from "neo4j-driver";
import type { AlertRelationship, Watch } from "../contract/watches.ts";
import type { Database } from "../db/database.ts";
import type { JsonValue } from "../model/graphJson.ts";
import type { QueryLimits } from "../query/runUserQuery.ts";
import { listSavedQueries, savedQueriesDir } from "../query/savedQueries.ts";
import { type Near, type Way, reachRows, secondStep, wayWithin } from "./pairReach.ts";
import { type FreshRow, type PairWatch, pairEnds, pairPaths, relationshipOfRow } from "./pairs.ts";
import { compactValue, rowHash } from "./rows.ts";

/** What the check needs of the database: named read statements and the workbench's read-only run. */
export type WatchDb = Pick<Database, "read" | "runQuery">;

/** What one watch found in a load, before what it reported already is taken out. */
export interface Found {
  /** Relationship ids (entity, pair) or row hashes (query): what `seen` remembers. */
  keys: string[];
  relationships: AlertRelationship[];
  path?: string[];
  columns?: string[];
  rows?: JsonValue[][];
}

const str = (v: unknown) => (v === null || v === undefined ? "" : String(v));

function relationshipOf(record: Neo4jRecord): AlertRelationship {
  const title = record.get("title") as unknown;
  return {
    id: str(record.get("id")),
    type: str(record.get("type")),
    from: { id: str(record.get("fromId")), name: str(record.get("fromName")) },
    to: { id: str(record.get("toId")), name: str(record.get("toName")) },
    quotes: ((record.get("quotes") as unknown[] | null) ?? []).map(str),
    article: { slug: str(record.get("article")), title: title === null ? null : str(title) },
  };
}

/** Groups the records of the entity statement by watch, each relationship once. */
function byWatch(records: Neo4jRecord[]): Map<string, Found> {
  const found = new Map<string, Found>();
  for (const record of records) {
    const watch = str(record.get("watch"));
    const entry = found.get(watch) ?? { keys: [], relationships: [] };
    const relationship = relationshipOf(record);
    if (!entry.keys.includes(relationship.id)) {
      entry.keys.push(relationship.id);
      entry.relationships.push(relationship);
    }
    found.set(watch, entry);
  }
  return found;
}

/** Entity watches: one statement for them all (cypher/watches/entity-relationships.cypher). */
export async function findForEntities(
  db: WatchDb,
  watches: Watch[],
  slugs: string[],
): Promise<Map<string, Found>> {
  const params = watches.flatMap((w) =>
    w.target.kind === "entity" ? [{ id: w.id, entity: w.target.entity }] : [],
  );
  if (params.length === 0) return new Map();
  return byWatch(await db.read("watches/entity-relationships", { watches: params, slugs }));
}

/**
 * Pair watches: one statement for them all finds the new relationships and the neighbours of the
 * entities they touch and of the watched ends (cypher/watches/pair-fresh.cypher); the ways within
 * each end's hops are worked out from these (pairReach.ts), a second read giving the neighbours a
 * way of 3 steps needs; pairs.ts then puts the paths through a new relationship together.
 */
export async function findForPairs(
  db: WatchDb,
  watches: Watch[],
  slugs: string[],
): Promise<Map<string, Found>> {
  const pairs = watches.filter((w): w is PairWatch => w.target.kind === "pair");
  const found = new Map<string, Found>();
  if (pairs.length === 0) return found;
  const ends = pairEnds(pairs);
  const [row] = await db.read("watches/pair-fresh", { ends: ends.map((e) => e.id), slugs });
  const fresh = (row?.get("fresh") as FreshRow[] | undefined) ?? [];
  if (fresh.length === 0) return found;
  const near = row!.get("near") as Near[];
  const keyOf = new Map(near.map((n) => [n.id, n.key]));
  const sets = new Map(near.map((n) => [n.key, new Set(n.next)]));
  const none = new Set<string>();
  const neighbours = (key: string) => sets.get(key) ?? none;
  const touched = [...new Set(fresh.flatMap((f) => [f.fromId, f.toId]))];
  const ways: Way[] = [];
  const farther: { end: string; node: string; e: string; t: string }[] = [];
  for (const end of ends) {
    const e = keyOf.get(end.id);
    for (const node of touched) {
      const t = keyOf.get(node);
      if (e === undefined || t === undefined) continue;
      const keys = wayWithin(e, t, end.depth, neighbours);
      if (keys) ways.push({ end: end.id, node, keys });
      else if (end.depth >= 3) farther.push({ end: end.id, node, e, t });
    }
  }
  if (farther.length > 0) {
    const wanted = new Set<string>();
    for (const f of farther)
      for (const k of secondStep(f.e, f.t, neighbours)) if (!sets.has(k)) wanted.add(k);
    const second = new Map(sets);
    if (wanted.size > 0) {
      for (const r of await db.read("watches/entity-neighbours", { keys: [...wanted] }))
        second.set(str(r.get("key")), new Set((r.get("next") as string[]).map(String)));
    }
    for (const f of farther) {
      const keys = wayWithin(f.e, f.t, 3, neighbours, (k) => second.get(k) ?? none);
      if (keys) ways.push({ end: f.end, node: f.node, keys });
    }
  }
  const steps = [...new Set(ways.flatMap((w) => w.keys))];
  const names = new Map(
    (await db.read("watches/entity-keys", { keys: steps })).map((r) => [
      str(r.get("key")),
      { id: str(r.get("id")), name: str(r.get("name")) },
    ]),
  );
  const reach = new Map(reachRows(ways, names).map((r) => [`${r.end}\n${r.node}`, r]));
  for (const watch of pairs) {
    const paths = pairPaths(watch, fresh, reach);
    if (!paths) continue;
    const relationships = paths.relationships.map(relationshipOfRow);
    found.set(watch.id, { keys: relationships.map((r) => r.id), relationships, path: paths.path });
  }
  return found;
}

export class UnknownSavedQuery extends Error {}

/** How saved queries run for a watch: the workbench's limits, and where they are (cypher/queries). */
export interface QueryRunSettings {
  limits: QueryLimits;
  queriesDir?: string;
}

/** Every row of a saved query now, compacted and hashed, run read-only within the workbench's limits. */
export async function savedQueryRows(
  db: WatchDb,
  name: string,
  settings: QueryRunSettings,
): Promise<{ columns: string[]; rows: JsonValue[][]; keys: string[] }> {
  const { limits, queriesDir = savedQueriesDir } = settings;
  const saved = listSavedQueries(queriesDir).find((q) => q.name === name);
  if (!saved) throw new UnknownSavedQuery(`There is no saved query cypher/queries/${name}.cypher.`);
  const result = await db.runQuery({ query: saved.query, allowWrites: false }, limits);
  const rows = result.rows.map((row) => row.map(compactValue));
  return { columns: result.columns, rows, keys: rows.map(rowHash) };
}

/** Query watches: each saved query runs once however many watches follow it. */
export async function findForQueries(
  db: WatchDb,
  watches: Watch[],
  settings: QueryRunSettings,
  warn: (line: string) => void,
): Promise<Map<string, Found>> {
  const found = new Map<string, Found>();
  const runs = new Map<string, Awaited<ReturnType<typeof savedQueryRows>> | null>();
  for (const watch of watches) {
    if (watch.target.kind !== "query") continue;
    const name = watch.target.query;
    if (!runs.has(name)) {
      try {
        runs.set(name, await savedQueryRows(db, name, settings));
      } catch (error) {
        runs.set(name, null);
        warn(`The watch "${watch.id}" was not checked: ${(error as Error).message.replace(/\.$/, "")}.`);
      }
    }
    const run = runs.get(name);
    if (run) found.set(watch.id, { keys: run.keys, relationships: [], columns: run.columns, rows: run.rows });
  }
  return found;
}
