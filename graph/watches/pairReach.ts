import type { ReachRow } from "./pairs.ts";

/** An entity's neighbours among the entities, by element id, as cypher/watches/pair-fresh.cypher gives them. */
export interface Near {
  id: string;
  key: string;
  next: string[];
}

/** A way from a watched end to an entity a new relationship touches, by element ids (both ends included). */
export interface Way {
  end: string;
  node: string;
  keys: string[];
}

type Neighbours = (key: string) => ReadonlySet<string>;

/** An element of `a` also in `b`, walking the smaller of the two. */
function common(a: ReadonlySet<string>, b: ReadonlySet<string>): string | undefined {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  for (const x of small) if (large.has(x)) return x;
  return undefined;
}

/**
 * A shortest way of at most `depth` (≤ 3) steps from `e` to `t`, or undefined.
 * Written here rather than run as Cypher shortestPath per pair: each search
 * there walks a hub's thousands of relationships again, while these sets are
 * read once per check and shared by every pair (graph libraries would need
 * the whole graph loaded first). Up to two steps needs only the two ends'
 * neighbours; three steps needs the neighbours of the smaller side's
 * neighbours (`second`).
 */
export function wayWithin(
  e: string,
  t: string,
  depth: number,
  near: Neighbours,
  second?: Neighbours,
): string[] | undefined {
  if (e === t) return [e];
  const a = near(e);
  const b = near(t);
  if (depth >= 1 && a.has(t)) return [e, t];
  if (depth < 2) return undefined;
  const middle = common(a, b);
  if (middle !== undefined) return [e, middle, t];
  if (depth < 3 || !second) return undefined;
  if (a.size <= b.size) {
    for (const u of a) {
      const v = common(second(u), b);
      if (v !== undefined) return [e, u, v, t];
    }
  } else {
    for (const v of b) {
      const u = common(second(v), a);
      if (u !== undefined) return [e, u, v, t];
    }
  }
  return undefined;
}

/** The entities whose neighbours a 3-step search between `e` and `t` reads: the smaller side's neighbours. */
export function secondStep(e: string, t: string, near: Neighbours): ReadonlySet<string> {
  const a = near(e);
  const b = near(t);
  return a.size <= b.size ? a : b;
}

/** Turns ways by element ids into the reach rows pairs.ts puts paths together from. */
export function reachRows(
  ways: readonly Way[],
  names: ReadonlyMap<string, { id: string; name: string }>,
): ReachRow[] {
  return ways.flatMap((w) => {
    const steps = w.keys.map((k) => names.get(k));
    if (steps.some((s) => !s)) return [];
    return [{ end: w.end, node: w.node, ids: steps.map((s) => s!.id), names: steps.map((s) => s!.name) }];
  });
}
