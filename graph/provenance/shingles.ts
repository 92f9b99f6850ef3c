import { foldSpelling } from "./spelling.ts";

/**
 * The word shingles of an article's own wording: what a reprint shares with
 * its original and two independent reports do not. Page furniture ("Read
 * more", "Subscribe", photo captions, ...) is dropped line by line, and long
 * quoted passages are dropped too, so that two reports quoting one official
 * statement, or printing one agency photo's caption, do not look like copies
 * of each other. What sites change without rewording is folded away: case,
 * accents, punctuation (curly or straight quotes and apostrophes, dashes),
 * the grouping of digits and British or American spelling.
 */

/** Words per shingle. */
export const SHINGLE_WORDS = 5;
/** A quotation of at least this many words is left out of the shingles. */
export const LONG_QUOTE_WORDS = 8;

/** Lines that sites add around a story: navigation, appeals, captions, credits of photos. */
const FURNITURE =
  /^(?:read (?:more|also|next)|related|recommended|more on this|see also|also read|advertisement|advertising|sponsored|subscribe|sign up|newsletter|follow us|share (?:this|on)|click here|watch:?|listen:?|photo:|image:|caption:|credit:|getty images|copyright|©|all rights reserved|lire aussi|lire également|à lire aussi|a lire aussi|voir aussi|publicité|abonnez-vous|inscrivez-vous|partager|suivez-nous|newsletter|crédit photo|le direct|en direct)/i;

/**
 * A photo caption: a line ending with the photo's credit in brackets
 * ("... (AP Photo/Sam Mednick)", "(Photo by Jane Doe/AFP)", "(Image: Reuters)").
 */
const CAPTION = /\([^()]*\b(?:photo|photograph|image|picture|pic|foto)s?\b[^()]*\)[.\s]*$/i;

/**
 * Quotations in English and French forms, with double or single marks; an
 * unclosed quotation ends with its paragraph. A single mark opens a quotation
 * only after a space or a bracket and closes one only before a space or a
 * punctuation mark, so that apostrophes ("Libya's", "l'aide") are not taken
 * for quotation marks.
 */
const QUOTATIONS =
  /“[^”\n]*(?:”|(?=\n))|«[^»\n]*(?:»|(?=\n))|"[^"\n]*(?:"|(?=\n))|„[^“”\n]*(?:[“”]|(?=\n))|(?<=^|[\s([])[‘'](?=\p{L})[^\n]*?(?:[’'](?=[\s.,;:!?)\]]|$)|(?=\n)|$)/gmu;

/** Digits grouped by a point, a comma, a space or a thin space ("2.000", "2,000", "2 000"): written as one number. */
const DIGIT_GROUPS = /(?<=\d)[.,'\u00a0\u202f\u2009 ](?=\d{3}(?!\d))/g;

const WORD = /[\p{L}\p{N}]+/gu;

/** The text without furniture lines and long quotations (each left as a line break), its numbers ungrouped. */
export function ownWording(text: string): string {
  return text
    .split("\n")
    .filter((line) => !FURNITURE.test(line.trim()) && !CAPTION.test(line))
    .join("\n")
    .replace(QUOTATIONS, (quote) => {
      const words = quote.match(WORD)?.length ?? 0;
      return words >= LONG_QUOTE_WORDS ? "\n" : quote;
    })
    .replace(DIGIT_GROUPS, "");
}

/** A passage folded to plain lower-case words, without accents, in one spelling. */
export function plainWords(passage: string): string[] {
  const words = passage.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase().match(WORD) ?? [];
  return words.map(foldSpelling);
}

/** The text without furniture lines and long quotations, folded to plain lower-case words. */
export function ownWords(text: string): string[] {
  return plainWords(ownWording(text));
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
