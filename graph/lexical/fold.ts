/**
 * Folding for matching names in text: case, accents, typographic apostrophes,
 * dashes and line breaks are made uniform, while every folded character keeps
 * the offset of the original character it came from, so matches map back to
 * exact spans of the article.
 */
export interface Folded {
  text: string;
  /** origin[i] is the offset in the original of folded character i; one extra entry for the end. */
  origin: number[];
}

const APOSTROPHES = /[\u2018\u2019\u02BC\u2032\u0060\u00B4]/u;
const DASHES = /[\u2010-\u2015\u2212]/u;
const MARKS = /\p{M}/gu;

function foldChar(ch: string): string {
  if (APOSTROPHES.test(ch)) return "'";
  if (DASHES.test(ch)) return "-";
  if (/\s/u.test(ch)) return " ";
  return ch.normalize("NFD").replace(MARKS, "").toLowerCase();
}

/** Printable ASCII folds to its lower case; everything else goes through foldChar. */
function isPrintableAscii(code: number): boolean {
  return code > 32 && code < 127 && code !== 96;
}

export function fold(original: string): Folded {
  let text = "";
  const origin: number[] = [];
  let offset = 0;
  for (const ch of original) {
    const code = ch.charCodeAt(0);
    const folded = isPrintableAscii(code) ? (code >= 65 && code <= 90 ? ch.toLowerCase() : ch) : foldChar(ch);
    for (let i = 0; i < folded.length; i++) origin.push(offset);
    text += folded;
    offset += ch.length;
  }
  origin.push(original.length);
  return { text, origin };
}

/** The folded form of a name, for building patterns and comparing names. */
export function foldName(name: string): string {
  return fold(name.trim()).text.replace(/ +/g, " ");
}
