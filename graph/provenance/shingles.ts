/**
 * The word shingles of an article's own wording: what a reprint shares with
 * its original and two independent reports do not. Page furniture ("Read
 * more", "Subscribe", ...) is dropped line by line, and long quoted passages
 * are dropped too, so that two reports quoting one official statement do not
 * look like copies of each other.
 */

/** Words per shingle. */
export const SHINGLE_WORDS = 5;
/** A quotation of at least this many words is left out of the shingles. */
export const LONG_QUOTE_WORDS = 8;

/** Lines that sites add around a story: navigation, appeals, captions, credits of photos. */
const FURNITURE =
  /^(?:read (?:more|also|next)|related|recommended|more on this|see also|also read|advertisement|advertising|sponsored|subscribe|sign up|newsletter|follow us|share (?:this|on)|click here|watch:?|listen:?|photo:|image:|caption:|credit:|getty images|copyright|©|all rights reserved|lire aussi|lire également|à lire aussi|a lire aussi|voir aussi|publicité|abonnez-vous|inscrivez-vous|partager|suivez-nous|newsletter|crédit photo|le direct|en direct)/i;

/** Quotations in English and French forms; an unclosed quotation ends with its paragraph. */
const QUOTATIONS = /“[^”\n]*(?:”|(?=\n))|«[^»\n]*(?:»|(?=\n))|"[^"\n]*(?:"|(?=\n))|„[^“”\n]*(?:[“”]|(?=\n))/g;

const WORD = /[\p{L}\p{N}]+/gu;

/** The text without furniture lines and long quotations, folded to plain lower-case words. */
export function ownWords(text: string): string[] {
  const kept = text
    .split("\n")
    .filter((line) => !FURNITURE.test(line.trim()))
    .join("\n")
    .replace(QUOTATIONS, (quote) => {
      const words = quote.match(WORD)?.length ?? 0;
      return words >= LONG_QUOTE_WORDS ? "\n" : quote;
    });
  return kept.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase().match(WORD) ?? [];
}

/** FNV-1a over a string, 32 bits. */
function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** The distinct shingle hashes of a text, sorted (for merge counts against another text's). */
export function shingles(text: string): Uint32Array {
  const words = ownWords(text).map(fnv1a);
  const size = Math.min(SHINGLE_WORDS, words.length);
  const set = new Set<number>();
  if (size === 0) return new Uint32Array(0);
  // Each shingle's hash combines its words' hashes in order: no string is built per shingle.
  for (let i = 0; i + size <= words.length; i++) {
    let h = size;
    for (let k = 0; k < size; k++) h = Math.imul(h ^ words[i + k]!, 0x9e3779b1) ^ (h >>> 15);
    set.add(h >>> 0);
  }
  return Uint32Array.from(set).sort();
}

/** How many of the sorted hashes of a are in the sorted hashes of b. */
export function sharedCount(a: Uint32Array, b: Uint32Array): number {
  let i = 0;
  let j = 0;
  let count = 0;
  while (i < a.length && j < b.length) {
    if (a[i]! === b[j]!) {
      count++;
      i++;
      j++;
    } else if (a[i]! < b[j]!) i++;
    else j++;
  }
  return count;
}
