import { type KnownArticle, provenanceOf } from "../../graph/provenance/provenance.ts";
import { ReprintIndex } from "../../graph/provenance/reprints.ts";
import {
  type CreditScore,
  type PairKey,
  type PairScore,
  pairKey,
  pairsOfGroups,
  pairsOfLinks,
  scoreCredits,
  scorePairs,
} from "./pairMetrics.ts";
import type { Half, SetArticle, SetCluster } from "./reprintSet.ts";

export interface HalfEvaluation {
  half: Half;
  clusters: number;
  articles: number;
  languages: string;
  pairs: PairScore;
  derived: { pairs: number; linked: number };
  credits: CreditScore;
  /** Percent shared, for each detected reprint link (new article ~ its original). */
  shared: Map<PairKey, number>;
  /** The gold notes, by article key, to explain misses. */
  notes: Map<string, string>;
}

/**
 * Loads one half in order of date (then key), as `npm run load` would: each
 * article's provenance is computed against the articles before it, then it
 * joins the index. Articles joined by a chain of "reprint of" links are
 * predicted to be one dispatch.
 */
export function evaluateHalf(half: Half, clusters: SetCluster[]): HalfEvaluation {
  const articles = clusters
    .flatMap((c) => c.articles)
    .sort((a, b) => a.source.date.localeCompare(b.source.date) || a.key.localeCompare(b.key));
  const index = new ReprintIndex();
  const known = new Map<string, KnownArticle>();
  const links: [string, string][] = [];
  const shared = new Map<PairKey, number>();
  const found = new Map<string, string | null>();
  articles.forEach((article: SetArticle, added) => {
    const meta = {
      publisher: article.source.outlet,
      url: article.source.url,
      published: article.source.date,
    };
    const p = provenanceOf(article.key, article.text, meta, index, (slug) => known.get(slug));
    known.set(article.key, { published: article.source.date, origin: p.origin, added });
    index.add(article.key, article.text);
    found.set(article.key, p.wire?.agency ?? null);
    if (p.reprintOf) {
      links.push([article.key, p.reprintOf]);
      shared.set(pairKey(article.key, p.reprintOf), p.shared ?? 0);
    }
  });
  const inCluster = (c: SetCluster, id: string) => `${c.name}/${id}`;
  const gold = pairsOfGroups(
    clusters.flatMap((c) => c.gold.copies.map((g) => g.map((id) => inCluster(c, id)))),
  );
  const derived = new Set(
    clusters.flatMap((c) => c.gold.derived.map(([a, b]) => pairKey(inCluster(c, a), inCluster(c, b)))),
  );
  const pairs = scorePairs(pairsOfLinks(links), gold, derived);
  return {
    half,
    clusters: clusters.length,
    articles: articles.length,
    languages: [...new Set(clusters.map((c) => c.gold.language))].sort().join(", "),
    pairs,
    derived: { pairs: derived.size, linked: pairs.ignoredPredicted.length },
    credits: scoreCredits(new Map(articles.map((a) => [a.key, a.wire])), found),
    shared,
    notes: new Map(
      clusters.flatMap((c) =>
        Object.entries(c.gold.notes ?? {}).map(([id, note]) => [inCluster(c, id), note]),
      ),
    ),
  };
}
