import type { NotSameDecision } from "../contract/duplicates.ts";
import { sameKind } from "../suggest/contain.ts";
import { isTitle } from "../suggest/lexicon.ts";
import type { CorpusEntity } from "./corpusEntities.ts";
import { type Reason, nameReason } from "./nameReasons.ts";
import { nameWords, spellingKey } from "./spelling.ts";

export interface CandidatePair {
  a: CorpusEntity;
  b: CorpusEntity;
  score: number;
  reasons: Omit<Reason, "strength">[];
}

/**
 * A blocking key shared by more entities than this says little ("group",
 * "ministry", a common given name): its block is skipped rather than compared
 * pair by pair, which keeps the work near linear in the number of names.
 */
export const MAX_BLOCK = 100;
/** Neighbours of more entities than this (hubs) do not make their neighbours candidates. */
const MAX_HUB = 30;
/** Neighbour overlap (Jaccard) from which two entities are candidates on their neighbours alone. */
const NEIGHBOUR_ONLY = 0.5;

function pairKey(a: string, b: string): string {
  return a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`;
}

/** Keys of one entity: each name spelled folded, and each of its words that is not a title. */
function blockingKeys(e: CorpusEntity): Set<string> {
  const keys = new Set<string>();
  for (const name of [e.name, ...e.aliases]) {
    const words = nameWords(name);
    keys.add(`n:${words.map(spellingKey).join(" ")}`);
    for (const w of words) if (w.length > 1 && !isTitle(w)) keys.add(`w:${spellingKey(w)}`);
  }
  return keys;
}

function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const x of a) if (b.has(x)) shared++;
  return shared / (a.size + b.size - shared);
}

/** Pairs within each block of at most MAX_BLOCK members, with how many blocks hold each (keyed by index pair). */
function pairsInBlocks(blocks: Iterable<readonly number[]>, into: Map<number, number>, size: number): void {
  for (const block of blocks) {
    if (block.length < 2 || block.length > MAX_BLOCK) continue;
    for (let x = 0; x < block.length; x++) {
      for (let y = x + 1; y < block.length; y++) {
        const [i, j] = block[x]! < block[y]! ? [block[x]!, block[y]!] : [block[y]!, block[x]!];
        const key = i * size + j;
        into.set(key, (into.get(key) ?? 0) + 1);
      }
    }
  }
}

/**
 * The pairs worth comparing: those sharing a name key or a word key, and
 * those sharing at least two neighbours that are not hubs.
 */
function blockedPairs(entities: readonly CorpusEntity[]): [number, number][] {
  const size = entities.length;
  const named = new Map<string, number[]>();
  entities.forEach((e, i) => {
    for (const key of blockingKeys(e)) {
      const block = named.get(key);
      if (block) block.push(i);
      else named.set(key, [i]);
    }
  });
  const byId = new Map(entities.map((e, i) => [e.id, i]));
  const around: number[][] = [];
  for (const hub of entities) {
    if (hub.neighbours.size < 2 || hub.neighbours.size > MAX_HUB) continue;
    around.push(
      [...hub.neighbours].flatMap((id) => {
        const i = byId.get(id);
        return i !== undefined && entities[i]!.neighbours.size >= 2 ? [i] : [];
      }),
    );
  }
  const byName = new Map<number, number>();
  const byNeighbours = new Map<number, number>();
  pairsInBlocks(named.values(), byName, size);
  pairsInBlocks(around, byNeighbours, size);
  for (const [key, shared] of byNeighbours) if (shared >= 2) byName.set(key, shared);
  return [...byName.keys()].map((key) => [Math.floor(key / size), key % size]);
}

/** The strongest name reason between any name of one and any name of the other. */
function bestNameReason(a: CorpusEntity, b: CorpusEntity): Reason | undefined {
  const person = a.labels.includes("Person") || b.labels.includes("Person");
  let best: Reason | undefined;
  for (const x of [a.name, ...a.aliases]) {
    for (const y of [b.name, ...b.aliases]) {
      const r = nameReason(x, y, person);
      if (r && (!best || r.strength > best.strength)) best = r;
    }
  }
  return best;
}

function sameLabels(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((l) => b.includes(l));
}

/** The reasons two entities may be one thing, or none. */
function reasonsFor(a: CorpusEntity, b: CorpusEntity): Reason[] {
  const reasons: Reason[] = [];
  const named = bestNameReason(a, b);
  if (named) reasons.push(named);
  const overlap = jaccard(a.neighbours, b.neighbours);
  // Named apart in one article, a reviewer already told them apart: their neighbours alone do not say otherwise.
  const together = a.articles.some((slug) => b.articles.includes(slug));
  if (overlap > 0 && (named || (overlap >= NEIGHBOUR_ONLY && !together))) {
    const shared = [...a.neighbours].filter((n) => b.neighbours.has(n)).length;
    reasons.push({
      kind: "same-neighbours",
      detail: `${shared} of their neighbours are shared (Jaccard ${overlap.toFixed(2)})`,
      strength: (named ? 0.5 : 0.6) * overlap,
    });
  }
  if (reasons.length > 0 && sameLabels(a.labels, b.labels)) {
    reasons.push({ kind: "same-label", detail: `both are ${a.labels.join(", ")}`, strength: 0.1 });
  }
  return reasons;
}

export interface CandidateOptions {
  /** Pairs a reviewer said are not the same thing: never proposed again. */
  notSame?: readonly NotSameDecision[];
}

/**
 * Pairs of entities that may be one thing, strongest first. Only pairs that
 * share a blocking key are compared (never all pairs); labels of different
 * kinds (a Person and a Country) are never paired. The score combines the
 * reasons as independent evidence: 1 - the product of (1 - strength).
 */
export function findCandidates(
  entities: readonly CorpusEntity[],
  options: CandidateOptions = {},
): CandidatePair[] {
  const refused = new Set((options.notSame ?? []).map((d) => pairKey(d.a, d.b)));
  const out: CandidatePair[] = [];
  for (const [i, j] of blockedPairs(entities)) {
    const [a, b] = [entities[i]!, entities[j]!];
    if (refused.has(pairKey(a.id, b.id)) || !sameKind(a.labels, b.labels)) continue;
    const reasons = reasonsFor(a, b);
    if (reasons.length === 0) continue;
    const score = 1 - reasons.reduce((p, r) => p * (1 - r.strength), 1);
    // The side more articles name first: the one a reviewer would likely keep.
    const [first, second] = b.articles.length > a.articles.length ? [b, a] : [a, b];
    out.push({
      a: first,
      b: second,
      score: Math.round(score * 1000) / 1000,
      reasons: reasons.map(({ kind, detail }) => ({ kind, detail })),
    });
  }
  return out.sort(
    (x, y) => y.score - x.score || x.a.id.localeCompare(y.a.id) || x.b.id.localeCompare(y.b.id),
  );
}
