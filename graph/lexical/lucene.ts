const LUCENE_SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;

/** The text with every character Lucene's query syntax gives a meaning escaped, so it is matched as written. */
export function escapeLucene(text: string): string {
  return text.replace(LUCENE_SPECIAL, (ch) => `\\${ch}`);
}
