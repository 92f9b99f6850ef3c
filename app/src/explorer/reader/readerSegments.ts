import type { ArticleText } from "../../../../graph/contract/explorer.ts";

export type ArticleMention = ArticleText["mentions"][number];

export type ReaderPiece = { text: string; mention: null } | { text: string; mention: ArticleMention };

/**
 * Cuts the article into plain text and mentions. Where mentions overlap
 * ("Russian Ministry of Defense" and the demonym "Russian"), the first one
 * wins, except that a mention of `preferred` (the selected node) wins over the
 * others so that the selection is always visible.
 */
export function readerSegments(
  text: string,
  mentions: readonly ArticleMention[],
  preferred: string | null,
): ReaderPiece[] {
  const ordered = [...mentions]
    .filter((m) => m.start >= 0 && m.end <= text.length && m.end > m.start)
    .sort((a, b) => {
      const pa = a.entityNodeId === preferred ? 0 : 1;
      const pb = b.entityNodeId === preferred ? 0 : 1;
      return pa - pb || a.start - b.start || b.end - b.start - (a.end - a.start);
    });
  const kept: ArticleMention[] = [];
  for (const m of ordered) {
    if (!kept.some((k) => m.start < k.end && k.start < m.end)) kept.push(m);
  }
  kept.sort((a, b) => a.start - b.start);
  const pieces: ReaderPiece[] = [];
  let at = 0;
  for (const m of kept) {
    if (m.start > at) pieces.push({ text: text.slice(at, m.start), mention: null });
    pieces.push({ text: text.slice(m.start, m.end), mention: m });
    at = m.end;
  }
  if (at < text.length) pieces.push({ text: text.slice(at), mention: null });
  return pieces;
}
