import { readFileSync } from "node:fs";
import { join } from "node:path";
import { CorpusProvenance } from "../../graph/provenance/corpusProvenance.ts";
import { settledHeap } from "../measure/heap.ts";
import { pairsOfGroups, pairsOfLinks, scorePairs } from "../provenance/pairMetrics.ts";
import { type SyntheticArticle, prepareSyntheticCorpus } from "../provenance/syntheticCorpus.ts";
import type { Results } from "../results.ts";

const S = "provenance";
const WORDS = /[\p{L}\p{N}]+/gu;

/** The peer: a plain read of a text, its file read and its words split out, nothing else. */
const plainRead = (file: string): string[] => readFileSync(file, "utf8").toLowerCase().match(WORDS) ?? [];

const ms = (from: number) => performance.now() - from;
const round = (v: number, digits = 2) => Math.round(v * 10 ** digits) / 10 ** digits;
const quantile = (sorted: number[], q: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
const mb = (bytes: number) => round(bytes / 1024 / 1024, 1);

/** Every planted original with its reprints, as groups of slugs. */
function plantedGroups(articles: SyntheticArticle[]): string[][] {
  const groups = new Map<string, string[]>();
  for (const a of articles)
    if (a.reprintOf) groups.set(a.reprintOf, [...(groups.get(a.reprintOf) ?? [a.reprintOf]), a.slug]);
  return [...groups.values()];
}

/** Read and tokenise every text, three times; the median run's seconds. */
function peerLoadSeconds(articles: SyntheticArticle[]): number {
  const runs = [0, 1, 2].map(() => {
    const started = performance.now();
    let words = 0;
    for (const a of articles) words += plainRead(a.file).length;
    if (words === 0) throw new Error("The synthetic corpus has no words.");
    return ms(started) / 1000;
  });
  return runs.sort((a, b) => a - b)[1]!;
}

/**
 * Provenance at the scale of `size` synthetic articles: (b) the provenance of
 * the whole corpus as `npm run load` computes it, (c) the heap its index
 * holds, (a) the look-up of the reprints of one added article, each against a
 * plain read of the same texts in the same run; and the recall on the
 * planted reprints.
 */
export function benchProvenance(results: Results, root: string, size: number): void {
  console.log(`\n[provenance] ${size.toLocaleString("en-US")} synthetic articles`);
  const corpus = prepareSyntheticCorpus(join(root, `provenance-${size}`), size);
  const n = size.toLocaleString("en-US");

  // (c) the peer's heap: every text's words held.
  const peerBase = settledHeap();
  const held = corpus.articles.map((a) => plainRead(a.file));
  const peerHeap = settledHeap() - peerBase;
  if (held.length !== size) throw new Error("The plain read lost texts.");
  held.length = 0;

  // (b) load: the corpus's provenance as the loader works it out (its reprint index over every
  // text, then each article's detection against all the others), without writing provenance.json.
  const peerSeconds = peerLoadSeconds(corpus.articles);
  const base = settledHeap();
  const started = performance.now();
  const provenance = new CorpusProvenance(corpus.root);
  let peak = process.memoryUsage().heapUsed - base;
  const links: [string, string][] = [];
  corpus.articles.forEach((a, i) => {
    const p = provenance.effective(a.slug);
    if (p?.reprintOf) links.push([a.slug, p.reprintOf]);
    if (i % 250 === 0) peak = Math.max(peak, process.memoryUsage().heapUsed - base);
  });
  const loadSeconds = ms(started) / 1000;
  const indexHeap = settledHeap() - base;
  peak = Math.max(peak, indexHeap);
  const index = provenance.index;

  const planted = scorePairs(pairsOfLinks(links), pairsOfGroups(plantedGroups(corpus.articles)));
  const reprints = corpus.articles.filter((a) => a.reprintOf).length;
  results.figure(
    S,
    `provenance of ${n} article folders at load (read, index, wire credit and reprint look-up of each)`,
    round(loadSeconds, 1),
    "s",
    `${reprints} planted reprints (${Math.round((100 * reprints) / size)}%); provenance.json not written`,
  );
  results.figure(
    S,
    `plain read of the same ${n} texts (read and tokenise; median of 3)`,
    round(peerSeconds, 2),
    "s",
  );
  results.figure(S, "load provenance ÷ plain read", round(loadSeconds / peerSeconds, 1), "×");
  results.target(
    S,
    `provenance for a ${n}-article corpus at load`,
    round(loadSeconds, 1),
    "s",
    60,
    false,
    "MinHash signatures: 128 hashes of every shingle of every text",
  );
  results.figure(
    S,
    "planted reprints found at load: pair recall",
    planted.recall,
    "",
    `precision ${planted.precision}; ${planted.correct} of ${planted.gold} pairs, ${planted.wrong.length} wrong`,
  );

  // (c) the index's heap.
  results.figure(
    S,
    `heap held after the load (reprint index, texts, provenance of ${n} articles)`,
    mb(indexHeap),
    "MB",
  );
  results.figure(S, "peak heap during the load, above its start", mb(peak), "MB");
  results.figure(S, `heap held by the plain read (the words of the ${n} texts)`, mb(peerHeap), "MB");
  results.figure(S, "index heap ÷ plain read's heap", round(indexHeap / peerHeap, 2), "×");

  // (a) look-ups of new texts against the full index.
  const texts = corpus.newTexts.map((a) => readFileSync(a.file, "utf8"));
  const lookups: number[] = [];
  const detections: number[] = [];
  const reads: number[] = [];
  const groupOf = new Map(plantedGroups(corpus.articles).flatMap((g) => g.map((slug) => [slug, g[0]!])));
  let found = 0;
  corpus.newTexts.forEach((a, i) => {
    let t = performance.now();
    plainRead(a.file);
    reads.push(ms(t));
    t = performance.now();
    const matches = index.candidates(texts[i]!);
    lookups.push(ms(t));
    // What an add asks: the whole detection (wire credit, look-up, the earliest copy) of the new text.
    t = performance.now();
    provenance.detectNew(a.slug, texts[i]!, { publisher: "New Daily", published: a.published });
    detections.push(ms(t));
    const original = a.reprintOf ? (groupOf.get(a.reprintOf) ?? a.reprintOf) : undefined;
    if (original && matches.some((m) => (groupOf.get(m.slug) ?? m.slug) === original)) found++;
  });
  for (const list of [lookups, detections, reads]) list.sort((x, y) => x - y);
  const [median, p95, readMedian] = [quantile(lookups, 0.5), quantile(lookups, 0.95), quantile(reads, 0.5)];
  const plantedNew = corpus.newTexts.filter((a) => a.reprintOf).length;
  results.figure(
    S,
    `look-up of one new text's reprints among ${n}: median`,
    round(median),
    "ms",
    `${corpus.newTexts.length} new texts, ${plantedNew} of them planted reprints (${found} found)`,
  );
  results.figure(S, `look-up of one new text's reprints among ${n}: p95`, round(p95), "ms");
  results.figure(
    S,
    "whole detection of one new text as an add asks it (detectNew): median / p95",
    round(quantile(detections, 0.5)),
    "ms",
    `p95 ${round(quantile(detections, 0.95))} ms`,
  );
  results.figure(S, "plain read of one new text (read and tokenise): median", round(readMedian, 3), "ms");
  results.figure(S, "look-up ÷ plain read (medians)", round(median / readMedian, 1), "×");
  results.target(
    S,
    `finding the reprints of one added article among ${n} (p95)`,
    round(p95),
    "ms",
    200,
    false,
    "the exact count of shared shingles for every text an LSH band brings",
  );
  if (index.size !== size) throw new Error("The index lost articles.");
}
