/** An unordered pair of article keys: the two keys in order, joined by " ~ ". */
export type PairKey = string;

export const pairKey = (a: string, b: string): PairKey => (a < b ? `${a} ~ ${b}` : `${b} ~ ${a}`);

/** Every pair inside each group (a group of n articles holds n(n-1)/2 pairs). */
export function pairsOfGroups(groups: readonly (readonly string[])[]): Set<PairKey> {
  const pairs = new Set<PairKey>();
  for (const group of groups)
    group.forEach((a, i) => {
      for (const b of group.slice(i + 1)) if (a !== b) pairs.add(pairKey(a, b));
    });
  return pairs;
}

/**
 * The pairs that a chain of links joins: the pairs inside each connected
 * component. Written by hand (a union-find of a few lines) because no
 * dependency of the project computes components of a plain list of links.
 */
export function pairsOfLinks(links: readonly (readonly [string, string])[]): Set<PairKey> {
  const parent = new Map<string, string>();
  const root = (x: string): string => {
    let r = x;
    while (parent.has(r) && parent.get(r) !== r) r = parent.get(r)!;
    parent.set(x, r);
    return r;
  };
  for (const [a, b] of links) {
    const [ra, rb] = [root(a), root(b)];
    if (ra !== rb) parent.set(ra, rb);
  }
  const components = new Map<string, string[]>();
  for (const x of parent.keys()) {
    const r = root(x);
    components.set(r, [...(components.get(r) ?? []), x]);
  }
  return pairsOfGroups([...components.values()]);
}

export interface PairScore {
  gold: number;
  predicted: number;
  correct: number;
  /** Correct over predicted; 1 when nothing is predicted (no wrong pair). */
  precision: number;
  /** Correct over gold; 1 when there is no gold pair. */
  recall: number;
  missed: PairKey[];
  wrong: PairKey[];
  /** Predicted pairs among the ignored ones (counted in neither precision nor recall). */
  ignoredPredicted: PairKey[];
}

const ratio = (a: number, b: number) => (b === 0 ? 1 : Math.round((a / b) * 1000) / 1000);

/** Predicted pairs against gold pairs; pairs in `ignored` count in neither precision nor recall. */
export function scorePairs(
  predicted: ReadonlySet<PairKey>,
  gold: ReadonlySet<PairKey>,
  ignored: ReadonlySet<PairKey> = new Set(),
): PairScore {
  const counted = [...predicted].filter((p) => !ignored.has(p) || gold.has(p));
  const correct = counted.filter((p) => gold.has(p));
  return {
    gold: gold.size,
    predicted: counted.length,
    correct: correct.length,
    precision: ratio(correct.length, counted.length),
    recall: ratio(correct.length, gold.size),
    missed: [...gold].filter((p) => !predicted.has(p)).sort(),
    wrong: counted.filter((p) => !gold.has(p)).sort(),
    ignoredPredicted: [...predicted].filter((p) => ignored.has(p) && !gold.has(p)).sort(),
  };
}

export interface CreditMiss {
  article: string;
  gold: string | null;
  found: string | null;
}

export interface CreditScore {
  articles: number;
  correct: number;
  /** Articles whose detected agency (or none) is the gold one, over all articles. */
  accuracy: number;
  /** Right agencies over the articles credited to one by the detector. */
  precision: number;
  /** Right agencies over the articles credited to one in the gold. */
  recall: number;
  misses: CreditMiss[];
}

/** Share of articles whose detected agency (or none) is the gold one, case aside. */
export function scoreCredits(
  gold: ReadonlyMap<string, string | null>,
  found: ReadonlyMap<string, string | null>,
): CreditScore {
  const same = (a: string | null, b: string | null) => (a ?? "").toLowerCase() === (b ?? "").toLowerCase();
  const misses: CreditMiss[] = [];
  let credited = 0;
  let creditedRight = 0;
  let due = 0;
  for (const [article, expected] of gold) {
    const detected = found.get(article) ?? null;
    if (!same(expected, detected)) misses.push({ article, gold: expected, found: detected });
    if (detected !== null) credited++;
    if (expected !== null) due++;
    if (detected !== null && same(expected, detected)) creditedRight++;
  }
  return {
    articles: gold.size,
    correct: gold.size - misses.length,
    accuracy: ratio(gold.size - misses.length, gold.size),
    precision: ratio(creditedRight, credited),
    recall: ratio(creditedRight, due),
    misses,
  };
}
