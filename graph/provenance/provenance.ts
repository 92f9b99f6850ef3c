import type { ProvenanceDecision } from "../model/provenanceDecision.ts";
import { AGENCIES } from "./agencies.ts";
import { outletKey } from "./outlet.ts";
import type { ReprintIndex, ReprintMatch } from "./reprints.ts";
import { findWireCredit, type WireCredit } from "./wireCredit.ts";

export type { ProvenanceDecision };

/** Where an article's wording comes from, and the independent source it counts as. */
export interface Provenance {
  wire: WireCredit | null;
  /** Slug of the original this article reprints (the earliest published copy). */
  reprintOf: string | null;
  /** Percent of this article's wording found in its original. */
  shared: number | null;
  /** The outlet's key (see outletKey). */
  outlet: string | null;
  /**
   * The agency another copy of the same wording credits, when this one credits
   * none (a site's uncredited copy of an AP story, published before the copy
   * that names AP): the dispatch is the agency's, whichever copy says so.
   */
  copyWire?: string | null;
  /** The independent source: "wire:AP", "outlet:arabnews" or "article:<slug>". */
  origin: string;
  /** The reviewer's correction, when there is one; the fields above already follow it. */
  decided?: ProvenanceDecision;
}

/** What is known of an article already in the corpus. */
export interface KnownArticle {
  /** ISO date. */
  published?: string | undefined;
  origin?: string | undefined;
  /** The agency's own copy (published by the agency itself). */
  ownCopy?: boolean | undefined;
  /** ISO day it was added to the corpus. */
  added?: string | undefined;
  /** The agency its own text credits (or its reviewer), if any. */
  wire?: string | null | undefined;
}

export interface ProvenanceMeta {
  publisher?: string | undefined;
  url?: string | undefined;
  byline?: string | undefined;
  published?: string | undefined;
  /** ISO day it was added to the corpus (today for an article being added). */
  added?: string | undefined;
}

/** "agencies" names no agency: such a credit does not make stories of different outlets one source. */
export const specificAgency = (wire: WireCredit | null): string | null =>
  wire && wire.agency !== "agencies" ? wire.agency : null;

/** An agency's own copy: the outlet is the credited agency itself. */
export function isOwnCopy(wire: WireCredit | null, outlet: string | null): boolean {
  const names = AGENCIES.find((a) => a.short === wire?.agency)?.names ?? [];
  return outlet !== null && names.some((name) => outletKey(name) === outlet);
}

/**
 * Earliest published first; on the same day the agency's own copy, then the
 * one added first, then the slug: the same order at add and at load, which
 * knows only what the folders say.
 */
type Rank = [string, number, string];
const rank = (slug: string, known: KnownArticle | undefined): Rank => [
  known?.published ?? "9999",
  known?.ownCopy ? 0 : 1,
  `${known?.added ?? "9999"}\u0000${slug}`,
];
const before = (a: Rank, b: Rank) =>
  a[0] < b[0] || (a[0] === b[0] && (a[1] < b[1] || (a[1] === b[1] && a[2] < b[2])));

/** The earliest copy among the matches and the article itself: earliest published, then the agency's own, then the first added. */
function earliest(
  slug: string,
  self: KnownArticle,
  matches: ReprintMatch[],
  articlesMeta: (slug: string) => KnownArticle | undefined,
): ReprintMatch | null {
  let best: ReprintMatch | null = null;
  let bestRank = rank(slug, self);
  for (const match of matches) {
    const r = rank(match.slug, articlesMeta(match.slug));
    if (before(r, bestRank)) {
      best = match;
      bestRank = r;
    }
  }
  return best;
}

function originOf(
  slug: string,
  p: Omit<Provenance, "origin" | "decided">,
  articlesMeta: (slug: string) => KnownArticle | undefined,
): string {
  const agency = specificAgency(p.wire) ?? p.copyWire;
  if (agency) return `wire:${agency}`;
  const original = p.reprintOf ? articlesMeta(p.reprintOf)?.origin : undefined;
  if (original) return original;
  if (p.outlet) return `outlet:${p.outlet}`;
  return `article:${slug}`;
}

/**
 * Detected provenance with the reviewer's decision laid over it (the reviewer
 * wins), and the origin worked out again: a reprint counts as its original.
 */
export function withDecision(
  slug: string,
  detected: Provenance,
  decision: ProvenanceDecision | undefined,
  articlesMeta: (slug: string) => KnownArticle | undefined,
): Provenance {
  const p = {
    wire: detected.wire,
    reprintOf: detected.reprintOf,
    shared: detected.shared,
    outlet: detected.outlet,
    copyWire: detected.copyWire ?? null,
  };
  // "Not a reprint" and "credited to …" speak of the whole of the article's provenance: the
  // detector's reading of the other copies gives way too.
  if (decision?.notReprint || decision?.agency !== undefined) p.copyWire = null;
  if (decision?.notReprint) {
    p.reprintOf = null;
    p.shared = null;
  }
  if (decision?.original !== undefined) {
    if (decision.original !== detected.reprintOf) p.shared = null;
    p.reprintOf = decision.original;
  }
  if (decision?.agency !== undefined) {
    p.wire =
      decision.agency === null
        ? null
        : detected.wire?.agency === decision.agency
          ? detected.wire
          : { agency: decision.agency, start: 0, end: 0, quote: "" };
  }
  const decided = decision && Object.keys(decision).length > 0 ? { decided: decision } : {};
  return { ...p, origin: originOf(slug, p, articlesMeta), ...decided };
}

/**
 * The provenance of one article against the corpus indexed so far: its wire
 * credit, the earliest copy it reprints (if its wording is found in another),
 * its outlet, and the independent source it counts as. A credited agency
 * comes first; a reprint counts as its original; an outlet's own reporting as
 * the outlet; an article of no known outlet as itself.
 */
export function provenanceOf(
  slug: string,
  text: string,
  meta: ProvenanceMeta,
  index: ReprintIndex,
  articlesMeta: (slug: string) => KnownArticle | undefined,
  decision?: ProvenanceDecision,
): Provenance {
  const wire = findWireCredit(text, meta);
  const outlet = outletKey(meta.publisher, meta.url);
  const direct = index.candidates(text).filter((m) => m.slug !== slug);
  // One dispatch, edited two ways: this text may share most of its wording with a
  // later copy only, which itself copies an earlier one. That earlier copy is then
  // this text's original too (one hop, read from the index alone).
  const reached = new Set([slug, ...direct.map((m) => m.slug)]);
  const through: ReprintMatch[] = [];
  for (const m of direct)
    for (const n of index.candidatesOf(m.slug)) {
      if (reached.has(n.slug)) continue;
      reached.add(n.slug);
      through.push({ slug: n.slug, shared: index.sharedWith(text, n.slug) });
    }
  const matches = [...direct, ...through];
  const self: KnownArticle = {
    published: meta.published,
    ownCopy: isOwnCopy(wire, outlet),
    added: meta.added,
  };
  const original = earliest(slug, self, matches, articlesMeta);
  // The agency a copy of this wording credits, the closest copy first.
  const copyWire = specificAgency(wire)
    ? null
    : ([...matches]
        .sort((a, b) => b.shared - a.shared)
        .map((m) => articlesMeta(m.slug)?.wire)
        .find(Boolean) ?? null);
  const detected = {
    wire,
    reprintOf: original?.slug ?? null,
    shared: original?.shared ?? null,
    outlet,
    ...(copyWire ? { copyWire } : {}),
  };
  return withDecision(
    slug,
    { ...detected, origin: originOf(slug, detected, articlesMeta) },
    decision,
    articlesMeta,
  );
}
