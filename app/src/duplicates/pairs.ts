import type {
  DecisionsFile,
  DuplicateCandidate,
  DuplicateReason,
} from "../../../graph/contract/duplicates.ts";

/** Each reason the server gives, in the words the list shows before its detail. */
export const REASON_WORDS: Record<DuplicateReason, string> = {
  "shared-alias": "A shared alias",
  "name-contains": "One name contains the other",
  "titled-surname": "A titled surname and a full name",
  spelling: "The same name but for accents or spelling",
  "same-neighbours": "The same neighbours",
  "same-label": "The same label",
};

/** The same key for a pair whichever way round it comes. */
export function pairKey(a: string, b: string): string {
  return a < b ? `${a}\n${b}` : `${b}\n${a}`;
}

/**
 * The candidates no decision has settled. The server leaves decided pairs out of its next list;
 * filtering here too takes a decided pair off the screen at once, before that list arrives.
 */
export function openCandidates(
  candidates: readonly DuplicateCandidate[],
  decisions: DecisionsFile | null,
): DuplicateCandidate[] {
  if (!decisions) return [...candidates];
  const dropped = new Set(decisions.same.map((d) => d.drop));
  const apart = new Set(decisions.notSame.map((d) => pairKey(d.a, d.b)));
  return candidates.filter(
    (c) => !dropped.has(c.a.id) && !dropped.has(c.b.id) && !apart.has(pairKey(c.a.id, c.b.id)),
  );
}

/** Every name seen so far by id, so that a decided pair still reads by its names once it has left the list. */
export function withNames(
  known: ReadonlyMap<string, string>,
  candidates: readonly DuplicateCandidate[],
  decisions: DecisionsFile | null,
): ReadonlyMap<string, string> {
  const names = new Map(known);
  for (const c of candidates) for (const side of [c.a, c.b]) names.set(side.id, side.name);
  for (const d of decisions?.same ?? []) {
    if (!names.has(d.keep)) names.set(d.keep, d.keepName);
    if (!names.has(d.drop)) names.set(d.drop, d.dropName);
  }
  for (const d of decisions?.notSame ?? []) {
    if (d.aName !== undefined && !names.has(d.a)) names.set(d.a, d.aName);
    if (d.bName !== undefined && !names.has(d.b)) names.set(d.b, d.bName);
  }
  return names;
}

/** The line above the list: how many pairs are open, among how many entities, and whether the list was cut. */
export function listSummary(open: number, compared: number, cutAt: number | false): string {
  const pairs = open === 1 ? "1 pair" : `${open} pairs`;
  const cut = cutAt === false ? "" : ` (the first ${cutAt}: more come as these are decided)`;
  return `${pairs} to decide among ${compared} entities of the graph and the drafts, the strongest first${cut}.`;
}

export const articleCount = (n: number) => (n === 1 ? "named by 1 article" : `named by ${n} articles`);

/** A decision's time as the reader's clock shows it. */
export function decidedAt(iso: string): string {
  const time = new Date(iso);
  return Number.isNaN(time.getTime())
    ? iso
    : time.toLocaleString(undefined, { dateStyle: "medium", timeStyle: "short" });
}
