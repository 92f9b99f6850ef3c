import type { AlertRelationship, Watch } from "../contract/watches.ts";

/** A new relationship as cypher/watches/pair-fresh.cypher gives it. */
export interface FreshRow {
  id: string;
  type: string;
  fromId: string;
  fromName: string;
  toId: string;
  toName: string;
  quotes: string[] | null;
  article: string;
  title: string | null;
}

/** A shortest path from a watched end to an entity a new relationship touches (both ends included). */
export interface ReachRow {
  end: string;
  node: string;
  ids: string[];
  names: string[];
}

export type PairWatch = Watch & { target: { kind: "pair" } };

/** Each watched end once, with the longest reach its watches need: the hops less the new relationship. */
export function pairEnds(watches: readonly PairWatch[]): { id: string; depth: number }[] {
  const depth = new Map<string, number>();
  for (const w of watches) {
    for (const end of [w.target.from, w.target.to]) {
      depth.set(end, Math.max(depth.get(end) ?? 0, w.target.hops - 1));
    }
  }
  return [...depth].map(([id, d]) => ({ id, depth: d }));
}

export function relationshipOfRow(row: FreshRow): AlertRelationship {
  return {
    id: row.id,
    type: row.type,
    from: { id: row.fromId, name: row.fromName },
    to: { id: row.toId, name: row.toName },
    quotes: (row.quotes ?? []).map(String),
    article: { slug: row.article, title: row.title },
  };
}

/**
 * For one pair watch, the new relationships through which its two ends now
 * connect within its hops: a shortest path from one end to one side of the
 * relationship, the relationship, and a shortest path from its other side to
 * the other end, with no entity twice; and the names along the shortest such path.
 */
export function pairPaths(
  watch: PairWatch,
  fresh: readonly FreshRow[],
  reach: ReadonlyMap<string, ReachRow>,
): { relationships: FreshRow[]; path: string[] } | undefined {
  const { from, to, hops } = watch.target;
  const relationships: FreshRow[] = [];
  let best: string[] | undefined;
  for (const r of fresh) {
    for (const [near, far] of [
      [r.fromId, r.toId],
      [r.toId, r.fromId],
    ] as const) {
      const before = reach.get(`${from}\n${near}`);
      const after = reach.get(`${to}\n${far}`);
      if (!before || !after || before.ids.length + after.ids.length - 1 > hops) continue;
      const seen = new Set(before.ids);
      if (after.ids.some((id) => seen.has(id))) continue;
      if (!relationships.includes(r)) relationships.push(r);
      const names = [...before.names, ...[...after.names].reverse()];
      if (!best || names.length < best.length) best = names;
    }
  }
  return best ? { relationships, path: best } : undefined;
}
