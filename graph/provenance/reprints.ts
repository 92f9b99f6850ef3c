import { bandKeys, BANDS, signature } from "./minhash.ts";
import { alignSentences, type Sentence, sentencesOf } from "./sentenceAlignment.ts";
import { sharedCount, shingles } from "./shingles.ts";

/** A text of the index that shares much of a new text's wording. */
export interface ReprintMatch {
  slug: string;
  /**
   * Percent (0-100, integer) of the shorter text's wording found in the other (the new text's, when
   * it is the shorter): its shingles, or its words in sentences matched in order when that is more.
   */
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

/**
 * An edited copy (reworded here and there, a sentence cut, a paragraph added)
 * keeps fewer shingles but most of its sentences, in order. Below the
 * threshold, a pair that shares at least this percent of shingles is a reprint
 * when ALIGNED_SENTENCES of the shorter text's sentences or more match the
 * other's in order and hold at least ALIGNED_SHARE percent of its words.
 * Independent reports of one event share a fact or a set phrase in a sentence
 * or two, in any order; a quoted statement is left out of the sentences.
 */
export const ALIGNMENT_FLOOR = 20;
export const ALIGNED_SENTENCES = 3;
export const ALIGNED_SHARE = 40;

/** A text this short (about 15 words outside quotations) says too little to be called a copy. */
const MIN_SHINGLES = 10;

interface Sketch {
  shingles: Uint32Array;
  keys: Uint32Array;
  /** Cut on first need: only pairs near the threshold are aligned. */
  sentences?: Sentence[];
}

interface Entry extends Sketch {
  text: string;
}

/** The share of the shorter text's wording found in the other, and whether that makes a reprint; null when too short to tell. */
function shareOf(own: Entry, other: Entry): { shared: number; reprint: boolean } | null {
  // The shorter text's share: a trimmed copy lies wholly inside its fuller version, whichever
  // of the two came in first, while most of the fuller one is not in the trimmed one.
  const shorter = Math.min(own.shingles.length, other.shingles.length);
  if (shorter < MIN_SHINGLES) return null;
  const shared = Math.round((100 * sharedCount(own.shingles, other.shingles)) / shorter);
  if (shared >= REPRINT_THRESHOLD || shared < ALIGNMENT_FLOOR)
    return { shared, reprint: shared >= REPRINT_THRESHOLD };
  own.sentences ??= sentencesOf(own.text);
  other.sentences ??= sentencesOf(other.text);
  const aligned = alignSentences(own.sentences, other.sentences);
  const reprint = aligned.sentences >= ALIGNED_SENTENCES && aligned.shared >= ALIGNED_SHARE;
  return { shared: reprint ? Math.max(shared, aligned.shared) : shared, reprint };
}

/**
 * The texts of a corpus, indexed for reprint look-ups: a new text meets only
 * the texts that share an LSH bucket with it (no all-pairs comparison), and
 * the share of its shingles found in each of them is then counted exactly
 * (its sentences aligned with theirs, for those near the threshold).
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
    const entry: Entry = { ...(this.byText.get(text) ?? this.sketch(text)) };
    const { shingles: own, keys } = entry;
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

  private sketch(text: string): Entry {
    const own = shingles(text);
    return { text, shingles: own, keys: bandKeys(signature(own)) };
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

  /** The indexed texts an indexed text is a reprint of (or that are reprints of it). */
  candidatesOf(slug: string): ReprintMatch[] {
    const entry = this.entries.get(slug);
    return entry ? this.candidates(entry.text).filter((m) => m.slug !== slug) : [];
  }

  /** Percent of the shorter of this text and an indexed one found in the other (0 when too short to tell). */
  sharedWith(text: string, slug: string): number {
    const own = this.byText.get(text) ?? this.sketch(text);
    const other = this.entries.get(slug);
    return other ? (shareOf(own, other)?.shared ?? 0) : 0;
  }

  /**
   * The indexed texts this text is a reprint of, or that are reprints of it (REPRINT_THRESHOLD
   * percent of the shorter's shingles, or most of its sentences in order), most shared first.
   */
  candidates(text: string): ReprintMatch[] {
    const own = this.byText.get(text) ?? this.sketch(text);
    if (own.shingles.length === 0) return [];
    const matches: ReprintMatch[] = [];
    for (const slug of this.near(text)) {
      const found = shareOf(own, this.entries.get(slug)!);
      if (found?.reprint) matches.push({ slug, shared: found.shared });
    }
    return matches.sort((a, b) => b.shared - a.shared || a.slug.localeCompare(b.slug));
  }
}
