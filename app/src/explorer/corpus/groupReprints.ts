/** What grouping needs of an article: its slug and the slug of the original it reprints, if any. */
export interface Reprintable {
  slug: string;
  reprintOf?: string | null;
}

export interface GroupedArticle<A extends Reprintable> {
  article: A;
  /** True when the article is listed under its original (the original is in the list, just above its reprints). */
  underOriginal: boolean;
}

/**
 * The articles in their order, each reprint moved to just after its original
 * (reprints of one original in their own order). A reprint whose original is
 * not in the list keeps its place. Each article is listed once.
 */
export function groupReprints<A extends Reprintable>(articles: readonly A[]): GroupedArticle<A>[] {
  const present = new Set(articles.map((a) => a.slug));
  const isPlacedUnder = (a: A) => !!a.reprintOf && a.reprintOf !== a.slug && present.has(a.reprintOf);
  const reprintsOf = new Map<string, A[]>();
  for (const a of articles) {
    if (isPlacedUnder(a)) reprintsOf.set(a.reprintOf!, [...(reprintsOf.get(a.reprintOf!) ?? []), a]);
  }
  const grouped: GroupedArticle<A>[] = [];
  const placed = new Set<string>();
  const place = (a: A, underOriginal: boolean) => {
    if (placed.has(a.slug)) return;
    placed.add(a.slug);
    grouped.push({ article: a, underOriginal });
    for (const reprint of reprintsOf.get(a.slug) ?? []) place(reprint, true);
  };
  for (const a of articles) if (!isPlacedUnder(a)) place(a, false);
  // Reprints that point at each other in a loop have no original to go under.
  for (const a of articles) place(a, false);
  return grouped;
}
