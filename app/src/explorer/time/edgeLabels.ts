import type { DatedItem } from "./datedItems.ts";
import type { Frame } from "./frame.ts";

/** The pixels an edge label takes, kept free in its row. */
export const LABEL_ROOM = 64;

/** What is written at the edges of the frame for an item that runs off it (left, right). */
export interface EdgeLabel {
  left?: string;
  right?: string;
}

/**
 * The labels of the items that start before the frame or end after it: the
 * date off the frame, "since 1960" for a span that runs into it. An open end
 * ("since" without an end) has no date to write on its side.
 */
export function edgeLabels(items: readonly DatedItem[], [from, to]: Frame): Map<string, EdgeLabel> {
  const labels = new Map<string, EdgeLabel>();
  for (const { id, time } of items) {
    const label: EdgeLabel = {};
    if (time.start !== null && time.start < from) {
      const first = time.marks.reduce((a, b) => (b.period.start < a.period.start ? b : a));
      const into = time.span && (time.end === null || time.end > from);
      label.left = `‹ ${into ? "since " : ""}${first.period.iso}`;
    }
    if (time.end !== null && time.end > to) {
      const last = time.marks.reduce((a, b) => (b.period.end > a.period.end ? b : a));
      const into = time.span && (time.start === null || time.start < to);
      label.right = `${into ? "until " : ""}${last.period.iso} ›`;
    }
    if (label.left || label.right) labels.set(id, label);
  }
  return labels;
}
