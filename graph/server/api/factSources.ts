import type { FactSource } from "../../contract/provenance.ts";

export interface StatingArticle {
  slug: string;
  title: string;
  publisher: string;
  reprintOf: string | null;
  origin: string;
}

/** "AP" for a wire origin; an outlet or a lone article by its publisher as written. */
function labelOf(origin: string, first: StatingArticle): string {
  if (origin.startsWith("wire:")) return origin.slice("wire:".length);
  return first.publisher || first.title;
}

/** Each original followed by its reprints; reprints of an original not among them last. */
function foldReprints(articles: StatingArticle[]): StatingArticle[] {
  const present = new Set(articles.map((a) => a.slug));
  const reprintsOf = new Map<string, StatingArticle[]>();
  for (const a of articles) {
    if (a.reprintOf && present.has(a.reprintOf) && a.reprintOf !== a.slug) {
      reprintsOf.set(a.reprintOf, [...(reprintsOf.get(a.reprintOf) ?? []), a]);
    }
  }
  const folded: StatingArticle[] = [];
  const placed = new Set<string>();
  const place = (a: StatingArticle) => {
    if (placed.has(a.slug)) return;
    placed.add(a.slug);
    folded.push(a);
    for (const reprint of reprintsOf.get(a.slug) ?? []) place(reprint);
  };
  for (const a of articles) if (!a.reprintOf) place(a);
  for (const a of articles) place(a);
  return folded;
}

/**
 * The articles that state a fact (earliest first), grouped by the independent
 * source each counts as: most articles first, reprints under their original.
 */
export function groupSources(articles: readonly StatingArticle[]): FactSource[] {
  const groups = new Map<string, StatingArticle[]>();
  for (const a of articles) groups.set(a.origin, [...(groups.get(a.origin) ?? []), a]);
  return [...groups.entries()]
    .map(([origin, members]) => ({
      origin,
      label: labelOf(origin, members[0]!),
      articles: foldReprints(members).map(({ slug, title, publisher, reprintOf }) => ({
        slug,
        title,
        publisher,
        reprintOf,
      })),
    }))
    .sort((a, b) => b.articles.length - a.articles.length);
}
