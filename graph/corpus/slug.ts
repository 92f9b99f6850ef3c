import slugify from "@sindresorhus/slugify";
import { firstFreeId } from "../lexical/ids.ts";

const MAX_TITLE_WORDS = 8;
const MAX_TITLE_CHARS = 60;

/** The first word of an undated article's slug, where a dated one has its date. */
export const UNDATED_SLUG_PREFIX = "undated";

/**
 * "2025-06-23-goita-visits-moscow": the date, then the first words of the
 * title; "undated-goita-visits-moscow" when the date is unknown (null).
 */
export function articleSlug(date: string | null, title: string): string {
  const words: string[] = [];
  for (const word of slugify(title).split("-")) {
    if (!word) continue;
    if (words.length === MAX_TITLE_WORDS || [...words, word].join("-").length > MAX_TITLE_CHARS) break;
    words.push(word);
  }
  return [date ?? UNDATED_SLUG_PREFIX, ...words].join("-");
}

/** The slug itself when free, else the first of slug-2, slug-3, ... that is. */
export function freeSlug(slug: string, taken: (candidate: string) => boolean): string {
  return firstFreeId(slug, taken);
}
