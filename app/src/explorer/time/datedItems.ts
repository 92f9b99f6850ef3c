import type { ViewData } from "../state/viewState.ts";
import { nodeCaption } from "../../shell/palette.ts";
import { type EventTime, eventTime, relationshipTime } from "./eventTime.ts";

/** A node or relationship of the view that has an event time. */
export interface DatedItem {
  id: string;
  kind: "node" | "relationship";
  label: string;
  time: EventTime;
  /** For a relationship, its two ends. */
  ends?: [string, string];
}

/** The view's dated nodes and relationships, earliest first (open starts first). */
export function datedItems(view: Pick<ViewData, "nodes" | "relationships">): DatedItem[] {
  const items: DatedItem[] = [];
  for (const node of Object.values(view.nodes)) {
    const time = eventTime(node.properties);
    if (time) items.push({ id: node.id, kind: "node", label: nodeCaption(node), time });
  }
  for (const rel of Object.values(view.relationships)) {
    const time = relationshipTime(rel);
    if (!time) continue;
    const caption = (id: string) => (view.nodes[id] ? nodeCaption(view.nodes[id]) : id);
    items.push({
      id: rel.id,
      kind: "relationship",
      label: `${caption(rel.start)} ${rel.type} ${caption(rel.end)}`,
      time,
      ends: [rel.start, rel.end],
    });
  }
  const key = (t: EventTime) => t.start ?? -Infinity;
  return items.sort((a, b) => key(a.time) - key(b.time) || a.label.localeCompare(b.label));
}

/** The row of each item so that items of one row do not overlap (first fit), at most `rows` rows. */
export function packRows(
  items: readonly DatedItem[],
  x: (item: DatedItem) => [number, number],
  rows: number,
): Map<string, number> {
  const ends: number[] = [];
  const placed = new Map<string, number>();
  for (const item of items) {
    const [left, right] = x(item);
    let row = ends.findIndex((end) => end + 2 <= left);
    if (row < 0) row = ends.length < rows ? ends.length : ends.indexOf(Math.min(...ends));
    ends[row] = Math.max(ends[row] ?? -Infinity, right);
    placed.set(item.id, row);
  }
  return placed;
}
