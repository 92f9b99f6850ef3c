/**
 * MinHash signatures cut into LSH bands. Written here because no well-kept npm
 * package does word-shingle MinHash with LSH banding ("minhash" is a 0.0.x
 * sketch without upkeep; bloom-filters has MinHash but no banding): the whole
 * is about sixty lines.
 *
 * Bands of two rows make texts whose shingle sets overlap by a fifth or more
 * (Jaccard) share a bucket with high probability (0.93 at 0.2, 0.998 at 0.3),
 * which catches a trimmed reprint of a long original, while unrelated texts
 * almost never meet; an exact count of shared shingles then decides.
 */

export const BANDS = 64;
export const ROWS = 2;
const HASHES = BANDS * ROWS;

/** murmur3's finaliser: a cheap, well-mixed 32-bit permutation. */
function mix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** One seed per hash function, fixed so that signatures are the same in every run. */
const SEEDS = Uint32Array.from({ length: HASHES }, (_, i) => mix(0x9e3779b9 + i * 0x632be5ab));

/** The MinHash signature of a set of shingle hashes (empty sets give all ones). */
export function signature(shingles: Uint32Array): Uint32Array {
  const sig = new Uint32Array(HASHES).fill(0xffffffff);
  for (const s of shingles) {
    for (let k = 0; k < HASHES; k++) {
      const h = mix(s ^ SEEDS[k]!);
      if (h < sig[k]!) sig[k] = h;
    }
  }
  return sig;
}

/** One bucket key per band: its rows hashed together (a collision only adds a candidate the exact check drops). */
export function bandKeys(sig: Uint32Array): Uint32Array {
  const keys = new Uint32Array(BANDS);
  for (let b = 0; b < BANDS; b++) {
    let h = b;
    for (let r = 0; r < ROWS; r++) h = mix(h ^ Math.imul(sig[b * ROWS + r]!, 0x27d4eb2d));
    keys[b] = h;
  }
  return keys;
}
