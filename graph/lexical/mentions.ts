import { fold, foldName } from "./fold.ts";

export interface MentionTarget {
  id: string;
  /** Names that refer to the entity: canonical name and aliases. */
  names: readonly string[];
  /** Adjectives of nationality; their plural (with -s) counts too. */
  demonyms: readonly string[];
}

export interface Mention {
  entityId: string;
  start: number;
  end: number;
  /** The text as the article writes it. */
  surface: string;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

function patternFor(folded: string, plural: boolean): string {
  const body = folded.split(" ").map(escapeRegExp).join(" +");
  return plural ? `${body}s?` : body;
}

/**
 * Finds every mention of every target in the text. Each target's names are
 * tried longest first, so "Russian Federation" wins over "Russian" for the same
 * entity; different entities may overlap ("Russian Ministry of Defense" names
 * both the ministry and, through the demonym, Russia). Word edges are letters
 * and digits, so possessives ("Mali’s") and hyphenated pairs ("Bamako-Moscow")
 * still match.
 */
export function findMentions(text: string, targets: readonly MentionTarget[]): Mention[] {
  const folded = fold(text);
  const mentions: Mention[] = [];
  for (const target of targets) {
    const alternatives = [
      ...target.names.map((n) => ({ folded: foldName(n), plural: false })),
      ...target.demonyms.map((n) => ({ folded: foldName(n), plural: true })),
    ]
      .filter((a) => a.folded !== "")
      .sort((a, b) => b.folded.length - a.folded.length)
      .map((a) => patternFor(a.folded, a.plural));
    if (alternatives.length === 0) continue;
    const regex = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join("|")})(?![\\p{L}\\p{N}])`, "gu");
    for (const match of folded.text.matchAll(regex)) {
      const start = folded.origin[match.index] ?? 0;
      const end = folded.origin[match.index + match[0].length] ?? text.length;
      mentions.push({ entityId: target.id, start, end, surface: text.slice(start, end) });
    }
  }
  return mentions.sort((a, b) => a.start - b.start || b.end - a.end);
}
