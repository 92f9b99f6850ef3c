import { bandKeys, BANDS, signature } from "./minhash.ts";
import { sharedCount, shingles } from "./shingles.ts";

/** A text of the index that shares much of a new text's wording. */
export interface ReprintMatch {
  slug: string;
  /** Percent (0-100, integer) of the shorter text's shingles found in the other (the new text's, when it is the shorter). */
  shared: number;
}

/**
 * Percent of a text's own wording that must be found in another for it to be
 * a reprint. A trimmed reprint shares nearly all of it, one with a new
 * headline and an added paragraph most of it; independent reports of one
 * event share a few set phrases, and one agency's two stories of a day share
 * at most a background paragraph or two.
 */
export const REPRINT_THRESHOLD = 50;

/** A text this short (about 15 words outside quotations) says too little to be called a copy. */
const MIN_SHINGLES = 10;

/** Percent of the shorter shingle set found in the other; null when the shorter says too little to tell. */
function shareOf(own: Uint32Array, other: Uint32Array): number | null {
  // The shorter text's share: a trimmed copy lies wholly inside its fuller version, whichever
  // of the two came in first, while most of the fuller one is not in the trimmed one.
  const shorter = Math.min(own.length, other.length);
  return shorter < MIN_SHINGLES ? null : Math.round((100 * sharedCount(own, other)) / shorter);
}

interface Entry {
  text: string;
  shingles: Uint32Array;
  keys: Uint32Array;
}

/**
 * The texts of a corpus, indexed for reprint look-ups: a new text meets only
 * the texts that share an LSH bucket with it (no all-pairs comparison), and
 * the share of its shingles found in each of them is then counted exactly.
 */
export class ReprintIndex {
  private readonly entries = new Map<string, Entry>();
  private readonly buckets: Map<number, string[]>[] = Array.from({ length: BANDS }, () => new Map());
  /** Entries by their text, so that looking up a text already indexed does not shingle it again. */
  private readonly byText = new Map<string, Entry>();

  get size(): number {
    return this.entries.size;
  }

  has(slug: string): boolean {
    return this.entries.has(slug);
  }

  add(slug: string, text: string): void {
    this.remove(slug);
    const { shingles: own, keys } = this.byText.get(text) ?? this.sketch(text);
    const entry = { text, shingles: own, keys };
    this.entries.set(slug, entry);
    this.byText.set(text, entry);
    if (own.length === 0) return;
    keys.forEach((key, band) => {
      const bucket = this.buckets[band]!;
      const slugs = bucket.get(key);
      if (slugs) slugs.push(slug);
      else bucket.set(key, [slug]);
    });
  }

  remove(slug: string): void {
    const entry = this.entries.get(slug);
    if (!entry) return;
    this.entries.delete(slug);
    if (this.byText.get(entry.text) === entry) this.byText.delete(entry.text);
    entry.keys.forEach((key, band) => {
      const bucket = this.buckets[band]!;
      const slugs = bucket.get(key)?.filter((s) => s !== slug);
      if (slugs?.length) bucket.set(key, slugs);
      else bucket.delete(key);
    });
  }

  private sketch(text: string): Omit<Entry, "text"> {
    const own = shingles(text);
    return { shingles: own, keys: bandKeys(signature(own)) };
  }

  /** The indexed texts that share an LSH bucket with this one, before any exact check. */
  near(text: string): string[] {
    const { keys } = this.byText.get(text) ?? this.sketch(text);
    const met = new Set<string>();
    keys.forEach((key, band) => {
      for (const slug of this.buckets[band]!.get(key) ?? []) met.add(slug);
    });
    return [...met];
  }

  /** The indexed texts that share at least REPRINT_THRESHOLD percent of an indexed text's wording. */
  candidatesOf(slug: string): ReprintMatch[] {
    const entry = this.entries.get(slug);
    return entry ? this.candidates(entry.text).filter((m) => m.slug !== slug) : [];
  }

  /** Percent of the shorter of this text and an indexed one found in the other (0 when too short to tell). */
  sharedWith(text: string, slug: string): number {
    const { shingles: own } = this.byText.get(text) ?? this.sketch(text);
    const other = this.entries.get(slug)?.shingles;
    return other ? (shareOf(own, other) ?? 0) : 0;
  }

  /** The indexed texts that share at least REPRINT_THRESHOLD percent of this text's wording, most shared first. */
  candidates(text: string): ReprintMatch[] {
    const { shingles: own } = this.byText.get(text) ?? this.sketch(text);
    if (own.length === 0) return [];
    const matches: ReprintMatch[] = [];
    for (const slug of this.near(text)) {
      const shared = shareOf(own, this.entries.get(slug)!.shingles);
      if (shared !== null && shared >= REPRINT_THRESHOLD) matches.push({ slug, shared });
    }
    return matches.sort((a, b) => b.shared - a.shared || a.slug.localeCompare(b.slug));
  }
}
