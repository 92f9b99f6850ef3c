import { foldName } from "../lexical/fold.ts";
import type { Draft, DraftEntity, DraftRelation, Span } from "../model/draft.ts";
import { firstFreeId } from "../lexical/ids.ts";

function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

function surfaceNames(entity: DraftEntity): Set<string> {
  return new Set([entity.name, ...entity.aliases, ...entity.mentions.map((m) => m.text)].map(foldName));
}

/** The draft entity a fresh suggestion stands for: the same id, a shared name, or an overlapping mention. */
function sameEntity(current: readonly DraftEntity[], fresh: DraftEntity): DraftEntity | undefined {
  const names = surfaceNames(fresh);
  return (
    current.find((e) => e.id === fresh.id) ??
    current.find((e) => [...surfaceNames(e)].some((n) => names.has(n))) ??
    current.find((e) => e.mentions.some((m) => fresh.mentions.some((f) => overlaps(m, f))))
  );
}

/** Whether a draft relation already says what a fresh one says: the same two ends, by type or by evidence. */
function sameRelation(a: DraftRelation, b: DraftRelation): boolean {
  const ends = (a.from === b.from && a.to === b.to) || (a.from === b.to && a.to === b.from);
  if (!ends) return false;
  return a.type === b.type || a.evidenceSpans.some((s) => b.evidenceSpans.some((t) => overlaps(s, t)));
}

/** The first free id from `id`, marked as taken. */
function uniqueId(id: string, taken: Set<string>): string {
  const chosen = firstFreeId(id, taken);
  taken.add(chosen);
  return chosen;
}

/**
 * What a new run of the suggestion engine adds to a draft under review:
 * suggestions that match a draft item (whatever its status) are dropped, so
 * a rejected suggestion never comes back and a reviewed one is never
 * changed; relations are re-pointed at the draft's own entities, and dropped
 * when either end is a rejected entity. The draft's items come first, as
 * they were.
 */
export function mergeSuggestions(current: Draft, fresh: Draft): Draft {
  const ids = new Set([...current.entities.map((e) => e.id), ...current.relations.map((r) => r.id)]);
  const idOf = new Map<string, string>();
  const rejected = new Set(current.entities.filter((e) => e.status === "rejected").map((e) => e.id));
  const entities = [...current.entities];
  for (const suggestion of fresh.entities) {
    const match = sameEntity(current.entities, suggestion);
    if (match) {
      idOf.set(suggestion.id, match.id);
      continue;
    }
    const id = uniqueId(suggestion.id, ids);
    idOf.set(suggestion.id, id);
    entities.push({ ...suggestion, id });
  }
  const relations = [...current.relations];
  for (const suggestion of fresh.relations) {
    const from = idOf.get(suggestion.from) ?? suggestion.from;
    const to = idOf.get(suggestion.to) ?? suggestion.to;
    if (rejected.has(from) || rejected.has(to)) continue;
    const moved = { ...suggestion, from, to };
    if (current.relations.some((r) => sameRelation(r, moved))) continue;
    relations.push({ ...moved, id: uniqueId(suggestion.id, ids) });
  }
  return {
    textHash: current.textHash,
    engines: [...new Set([...current.engines, ...fresh.engines])],
    notes: fresh.notes,
    entities,
    relations,
    // The reviewer's date is a review edit like the items: suggesting again keeps it.
    ...(current.published === undefined ? {} : { published: current.published }),
    ...(current.language === undefined ? {} : { language: current.language }),
  };
}

/** A fresh draft without what the reviewed one rejected (for `npm run suggest` beside a draft). */
export function withoutRejected(reviewed: Draft, fresh: Draft): Draft {
  const rejectedEntities = reviewed.entities.filter((e) => e.status === "rejected");
  const gone = new Set(fresh.entities.filter((e) => sameEntity(rejectedEntities, e)).map((e) => e.id));
  const rejectedRelations = reviewed.relations.filter((r) => r.status === "rejected");
  const idOf = new Map(
    fresh.entities.map((e) => [e.id, sameEntity(reviewed.entities, e)?.id ?? e.id] as const),
  );
  return {
    ...fresh,
    entities: fresh.entities.filter((e) => !gone.has(e.id)),
    relations: fresh.relations.filter((r) => {
      if (gone.has(r.from) || gone.has(r.to)) return false;
      const moved = { ...r, from: idOf.get(r.from) ?? r.from, to: idOf.get(r.to) ?? r.to };
      return !rejectedRelations.some((x) => sameRelation(x, moved));
    }),
  };
}
