import type { Draft, DraftEntity, DraftRelation, ReviewStatus } from "../../../../graph/model/draft.ts";
import type { ItemRef } from "../../shell/annotateUrl.ts";

/** What the lists show: every item, only the suggested or only the rejected ones; and one label or all. */
export interface ReviewFilter {
  status: "all" | "suggested" | "rejected";
  label: string | null;
}

export const NO_FILTER: ReviewFilter = { status: "all", label: null };

function statusShown(filter: ReviewFilter, status: ReviewStatus): boolean {
  return filter.status === "all" || filter.status === status;
}

export function entityShown(filter: ReviewFilter, entity: DraftEntity): boolean {
  return (
    statusShown(filter, entity.status) &&
    (filter.label === null || entity.labels.some((l) => l === filter.label))
  );
}

/** A relation passes the label filter when either of its ends has the label. */
export function relationShown(filter: ReviewFilter, relation: DraftRelation, draft: Draft): boolean {
  if (!statusShown(filter, relation.status)) return false;
  if (filter.label === null) return true;
  return draft.entities.some(
    (e) => (e.id === relation.from || e.id === relation.to) && e.labels.some((l) => l === filter.label),
  );
}

/** The items the lists show, in their order: entities, then relations. */
export function visibleItems(draft: Draft, filter: ReviewFilter): ItemRef[] {
  return [
    ...draft.entities
      .filter((e) => entityShown(filter, e))
      .map((e) => ({ kind: "entity" as const, id: e.id })),
    ...draft.relations
      .filter((r) => relationShown(filter, r, draft))
      .map((r) => ({ kind: "relation" as const, id: r.id })),
  ];
}

export function sameItem(a: ItemRef | null, b: ItemRef | null): boolean {
  return a !== null && b !== null && a.kind === b.kind && a.id === b.id;
}

/** The item `step` places after (or before) the selected one, wrapping around; the first one if none is selected. */
export function stepItem(items: readonly ItemRef[], selected: ItemRef | null, step: 1 | -1): ItemRef | null {
  if (items.length === 0) return null;
  const at = items.findIndex((item) => sameItem(item, selected));
  if (at < 0) return step === 1 ? items[0]! : items.at(-1)!;
  return items[(at + step + items.length) % items.length]!;
}

export type StatusCounts = Record<ReviewStatus, number>;

/** Items by status, entities and relations together. */
export function statusCounts(draft: Draft): StatusCounts {
  const counts: StatusCounts = { suggested: 0, accepted: 0, rejected: 0 };
  for (const item of [...draft.entities, ...draft.relations]) counts[item.status] += 1;
  return counts;
}

/** Every label the draft's entities use, sorted. */
export function draftLabels(draft: Draft): string[] {
  return [...new Set(draft.entities.flatMap((e) => e.labels))].sort();
}
