import type { Draft, ReviewStatus } from "../../../../graph/model/draft.ts";

/** A mention of an entity, as the text shows it. */
export interface MentionMark {
  start: number;
  end: number;
  entityId: string;
  label: string;
  status: ReviewStatus;
}

/** A run of the text with the same marks over all of it. */
export interface TextSegment {
  start: number;
  end: number;
  /** The mention drawn: the selected entity's if it has one here, else the innermost. */
  mention: MentionMark | null;
  /** How many mentions cover this run (more than one: overlapping mentions). */
  depth: number;
  evidence: boolean;
}

export function mentionMarks(draft: Draft): MentionMark[] {
  return draft.entities.flatMap((e) =>
    e.mentions.map((m) => ({
      start: m.start,
      end: m.end,
      entityId: e.id,
      label: e.labels[0] ?? "",
      status: e.status,
    })),
  );
}

/**
 * Cuts the text at every mention and evidence boundary, so overlapping
 * mentions and evidence each stay visible; offsets are UTF-16 code units, as
 * the draft's spans are.
 */
export function textSegments(
  text: string,
  mentions: readonly MentionMark[],
  evidence: readonly { start: number; end: number }[],
  selectedEntity: string | null,
): TextSegment[] {
  const inText = <T extends { start: number; end: number }>(s: T) =>
    s.start >= 0 && s.end <= text.length && s.end > s.start;
  const marks = mentions.filter(inText);
  const quotes = evidence.filter(inText);
  const cuts = new Set([0, text.length]);
  for (const s of [...marks, ...quotes]) {
    cuts.add(s.start);
    cuts.add(s.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const segments: TextSegment[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i]!;
    const end = points[i + 1]!;
    const covering = marks.filter((m) => m.start <= start && m.end >= end);
    const ranked = [...covering].sort(
      (a, b) =>
        Number(b.entityId === selectedEntity) - Number(a.entityId === selectedEntity) ||
        Number(a.status === "rejected") - Number(b.status === "rejected") ||
        a.end - a.start - (b.end - b.start),
    );
    segments.push({
      start,
      end,
      mention: ranked[0] ?? null,
      depth: covering.length,
      evidence: quotes.some((q) => q.start <= start && q.end >= end),
    });
  }
  return segments;
}
