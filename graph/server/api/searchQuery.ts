/**
 * Builds the Lucene query for search-as-you-type over the `entity_names`
 * full-text index (standard-folding analyzer: case and accents folded, English
 * stop words not indexed). The user's text never reaches Lucene's syntax: it is
 * cut into words of letters and digits, folded the way the analyzer folds, and
 * every Lucene special character that could remain is escaped. Each word must
 * match exactly, as a prefix, or (from 4 letters) within one edit, so "goi",
 * "GOITA" and "Giota" all find Assimi Goïta.
 */

import { escapeLucene } from "../../lexical/lucene.ts";
import { searchWords } from "../../lexical/searchWords.ts";

export { searchWords };

/** Lucene's default English stop words: never indexed, so never required. */
const STOP_WORDS = new Set(
  "a an and are as at be but by for if in into is it no not of on or such that the their then there these they this to was will with".split(
    " ",
  ),
);

/** The Lucene query for the text, or null when it holds no word to search for. */
export function buildSearchQuery(text: string): string | null {
  const words = searchWords(text);
  if (words.length === 0) return null;
  const clauses = words.map((word) => {
    const term = escapeLucene(word);
    const alternatives = [`${term}^3`, `${term}*^2`];
    if ([...word].length >= 4) alternatives.push(`${term}~1`);
    const clause = `(${alternatives.join(" OR ")})`;
    // A stop word is not in the index: it may help (as a prefix) but never excludes.
    return STOP_WORDS.has(word) ? clause : `+${clause}`;
  });
  return clauses.join(" ");
}
