import type { Draft, ReviewStatus } from "../../../../graph/model/draft.ts";
import type { ItemKind } from "../../shell/annotateUrl.ts";
import { type StatusCounts, statusCounts } from "./reviewItems.ts";

/** One item that is not the same in two versions of a draft; null where a version lacks it. */
export interface ItemDifference {
  kind: ItemKind;
  id: string;
  name: string;
  mine: ReviewStatus | null;
  theirs: ReviewStatus | null;
}

export interface DraftComparison {
  mine: StatusCounts;
  theirs: StatusCounts;
  differences: ItemDifference[];
}

type Item = { id: string; status: ReviewStatus };

function differ<T extends Item>(
  kind: ItemKind,
  mine: T[],
  theirs: T[],
  name: (item: T) => string,
): ItemDifference[] {
  const other = new Map(theirs.map((item) => [item.id, item]));
  const out: ItemDifference[] = [];
  for (const item of mine) {
    const their = other.get(item.id);
    if (!their || JSON.stringify(their) !== JSON.stringify(item)) {
      out.push({ kind, id: item.id, name: name(item), mine: item.status, theirs: their?.status ?? null });
    }
    other.delete(item.id);
  }
  for (const their of other.values()) {
    out.push({ kind, id: their.id, name: name(their), mine: null, theirs: their.status });
  }
  return out;
}

/** What two versions of a draft hold: counts by status, and the items that differ. */
export function compareDrafts(mine: Draft, theirs: Draft): DraftComparison {
  return {
    mine: statusCounts(mine),
    theirs: statusCounts(theirs),
    differences: [
      ...differ("entity", mine.entities, theirs.entities, (e) => e.name),
      ...differ("relation", mine.relations, theirs.relations, (r) => `${r.from} ${r.type} ${r.to}`),
    ],
  };
}
