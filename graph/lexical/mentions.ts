import { fold, foldName } from "./fold.ts";

export interface MentionTarget {
  id: string;
  /** Names that refer to the entity: canonical name and aliases. */
  names: readonly string[];
  /** Adjectives of nationality; their plural (with -s) counts too. */
  demonyms: readonly string[];
}

export interface TextMention {
  entityId: string;
  start: number;
  end: number;
  /** The text as the article writes it. */
  surface: string;
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

/** Whether the character (code point) just before `index` is a letter or a digit. */
function wordCharBefore(text: string, index: number): boolean {
  if (index <= 0) return false;
  const low = text.charCodeAt(index - 1);
  const from = low >= 0xdc00 && low <= 0xdfff && index >= 2 ? index - 2 : index - 1;
  return WORD_CHAR.test(String.fromCodePoint(text.codePointAt(from) ?? low));
}

/** Whether the character (code point) at `index` is a letter or a digit. */
function wordCharAt(text: string, index: number): boolean {
  const code = text.codePointAt(index);
  return code !== undefined && WORD_CHAR.test(String.fromCodePoint(code));
}

/** A name to look for: its folded words, and whether a plural -s may follow. */
interface Alternative {
  words: string[];
  plural: boolean;
}

/**
 * The end of the alternative matched at `at`: its words in order with one or
 * more spaces between them, an optional -s for a plural (tried first), and a
 * word edge after; -1 when it does not match there.
 */
function matchEnd(text: string, at: number, { words, plural }: Alternative): number {
  let pos = at;
  for (const [i, word] of words.entries()) {
    if (i > 0) {
      if (text.charCodeAt(pos) !== 32) return -1;
      while (text.charCodeAt(pos) === 32) pos++;
    }
    if (!text.startsWith(word, pos)) return -1;
    pos += word.length;
  }
  if (plural && text.charCodeAt(pos) === 115 && !wordCharAt(text, pos + 1)) return pos + 1;
  return wordCharAt(text, pos) ? -1 : pos;
}

/** Offsets where `word` occurs in `text`, ascending. */
function occurrences(text: string, word: string, into: number[]): void {
  for (let at = text.indexOf(word); at !== -1; at = text.indexOf(word, at + 1)) into.push(at);
}

/**
 * Finds every mention of every target in the text. Each target's names are
 * tried longest first, so "Russian Federation" wins over "Russian" for the same
 * entity; different entities may overlap ("Russian Ministry of Defense" names
 * both the ministry and, through the demonym, Russia). Word edges are letters
 * and digits, so possessives ("Mali’s") and hyphenated pairs ("Bamako-Moscow")
 * still match.
 *
 * Names are tried only where the first word of one of them occurs (found with
 * indexOf), at a word edge, after the previous mention of the same entity: the
 * matches a left-to-right scan would give, without a regular expression to
 * compile for every entity of every article.
 */
export function findMentions(text: string, targets: readonly MentionTarget[]): TextMention[] {
  const folded = fold(text);
  const mentions: TextMention[] = [];
  for (const target of targets) {
    const alternatives: Alternative[] = [
      ...target.names.map((n) => ({ folded: foldName(n), plural: false })),
      ...target.demonyms.map((n) => ({ folded: foldName(n), plural: true })),
    ]
      .filter((a) => a.folded !== "")
      .sort((a, b) => b.folded.length - a.folded.length)
      .map((a) => ({ words: a.folded.split(" "), plural: a.plural }));
    const candidates: number[] = [];
    for (const word of new Set(alternatives.map((a) => a.words[0] ?? ""))) {
      occurrences(folded.text, word, candidates);
    }
    candidates.sort((a, b) => a - b);
    let scannedTo = 0;
    for (const at of candidates) {
      if (at < scannedTo || wordCharBefore(folded.text, at)) continue;
      let end = -1;
      for (const alternative of alternatives) {
        end = matchEnd(folded.text, at, alternative);
        if (end !== -1) break;
      }
      if (end === -1) continue;
      scannedTo = end;
      const start = folded.origin[at] ?? 0;
      const stop = folded.origin[end] ?? text.length;
      mentions.push({ entityId: target.id, start, end: stop, surface: text.slice(start, stop) });
    }
  }
  return mentions.sort((a, b) => a.start - b.start || b.end - a.end);
}
