import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { CorpusProvenance } from "../../graph/provenance/corpusProvenance.ts";
import { writeArticleFolder } from "./articleFolder.ts";
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
import type { Half, SetCluster } from "./reprintSet.ts";

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
 * Works out the provenance of one half as \`npm run load\` does: the half's
 * texts are written as article folders of one corpus, whose reprint index
 * holds them all, and each article is detected against all the others.
 * Articles joined by a chain of "reprint of" links are predicted to be one
 * dispatch.
 */
export function evaluateHalf(half: Half, clusters: SetCluster[]): HalfEvaluation {
  const articles = clusters.flatMap((c) => c.articles);
  const root = mkdtempSync(join(tmpdir(), `dossier-reprints-${half}-`));
  const links: [string, string][] = [];
  const shared = new Map<PairKey, number>();
  const found = new Map<string, string | null>();
  try {
    // Folder names are slugs: the cluster and the article's name joined by a hyphen.
    const keyOf = new Map(articles.map((a) => [a.key.replace("/", "-"), a.key]));
    for (const [slug, key] of keyOf) {
      const a = articles.find((x) => x.key === key)!;
      const title = a.text.split("\n")[0]!.trim() || slug;
      const { outlet: publisher, date: published, language, url } = a.source;
      writeArticleFolder(root, slug, a.text, {
        title,
        publisher,
        published,
        language,
        url,
        origin: publisher,
      });
    }
    const corpus = new CorpusProvenance(root);
    for (const [slug, key] of keyOf) {
      const p = corpus.effective(slug)!;
      found.set(key, p.wire?.agency ?? null);
      const original = p.reprintOf ? keyOf.get(p.reprintOf) : undefined;
      if (original) {
        links.push([key, original]);
        shared.set(pairKey(key, original), p.shared ?? 0);
      }
    }
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
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
