import type {
  DecisionsFile,
  MergeRequest,
  NotSameRequest,
  UndoMergeRequest,
  UndoNotSameRequest,
} from "../contract/duplicates.ts";
import { sameAsIndex } from "./sameAs.ts";
import { DecisionRefusal } from "./refusal.ts";

/** The name of each id the corpus knows (published articles and drafts). */
export type KnownNames = ReadonlyMap<string, string>;

function known(names: KnownNames, decisions: DecisionsFile, id: string): string {
  const name = names.get(id) ?? decisions.same.find((d) => d.drop === id)?.dropName;
  if (name === undefined) {
    throw new DecisionRefusal(
      `No entity has the id "${id}" in the published articles or the drafts.`,
      "missing",
    );
  }
  return name;
}

const isPair = (d: { a: string; b: string }, a: string, b: string) =>
  (d.a === a && d.b === b) || (d.a === b && d.b === a);

function notSameRecorded(decisions: DecisionsFile, a: string, b: string): boolean {
  return decisions.notSame.some((d) => isPair(d, a, b));
}

/** The decisions with `drop` merged into `keep`; refused, with one sentence, when it cannot be. */
export function withMerge(
  decisions: DecisionsFile,
  { keep, drop }: MergeRequest,
  names: KnownNames,
  now: Date,
): DecisionsFile {
  if (keep === drop) throw new DecisionRefusal(`"${keep}" cannot be merged with itself.`, "invalid");
  const keepName = known(names, decisions, keep);
  const dropName = known(names, decisions, drop);
  const index = sameAsIndex(decisions.same);
  const into = decisions.same.find((d) => d.drop === drop);
  if (into) {
    throw new DecisionRefusal(
      `"${drop}" is already merged into "${into.keep}": undo that merge first (npm run merge -- --undo ${drop}).`,
      "conflict",
    );
  }
  if (index.resolve(keep) === drop) {
    throw new DecisionRefusal(
      `"${keep}" is already merged into "${drop}": the two are one entity already.`,
      "conflict",
    );
  }
  if (notSameRecorded(decisions, keep, drop)) {
    throw new DecisionRefusal(
      `"${keep}" and "${drop}" were marked not the same: that decision stands in the way of a merge.`,
      "conflict",
    );
  }
  const next = {
    ...decisions,
    same: [...decisions.same, { keep, drop, keepName, dropName, decided: now.toISOString() }],
  };
  sameAsIndex(next.same);
  return next;
}

/** The decisions with the pair kept apart for good; refused when they are merged. */
export function withNotSame(
  decisions: DecisionsFile,
  { a, b }: NotSameRequest,
  names: KnownNames,
  now: Date,
): DecisionsFile {
  if (a === b) throw new DecisionRefusal(`"${a}" cannot be marked not the same as itself.`, "invalid");
  const aName = known(names, decisions, a);
  const bName = known(names, decisions, b);
  const { resolve } = sameAsIndex(decisions.same);
  if (resolve(a) === resolve(b)) {
    throw new DecisionRefusal(
      `"${a}" and "${b}" are merged into "${resolve(a)}": undo the merge before marking them not the same.`,
      "conflict",
    );
  }
  if (notSameRecorded(decisions, a, b)) return decisions;
  return {
    ...decisions,
    notSame: [...decisions.notSame, { a, b, aName, bName, decided: now.toISOString() }],
  };
}

/** The decisions without the "not the same" of the pair (either way round); refused when there is none. */
export function withoutNotSame(decisions: DecisionsFile, { a, b }: UndoNotSameRequest): DecisionsFile {
  if (!notSameRecorded(decisions, a, b)) {
    throw new DecisionRefusal(
      `"${a}" and "${b}" were never marked not the same, so there is nothing to undo.`,
      "missing",
    );
  }
  return { ...decisions, notSame: decisions.notSame.filter((d) => !isPair(d, a, b)) };
}

/** The decisions without the merge that dropped `drop`; refused when there is none. */
export function withoutMerge(decisions: DecisionsFile, { drop }: UndoMergeRequest): DecisionsFile {
  if (!decisions.same.some((d) => d.drop === drop)) {
    throw new DecisionRefusal(`No merge dropped "${drop}", so there is nothing to undo.`, "missing");
  }
  return { ...decisions, same: decisions.same.filter((d) => d.drop !== drop) };
}
