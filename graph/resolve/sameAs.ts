import type { SameAsDecision } from "../contract/duplicates.ts";
import { DecisionRefusal } from "./refusal.ts";

/** The merges as a map from each dropped id to the id it was merged into. */
export interface SameAsIndex {
  /** The id a chain of merges ends at ("c" for c <- b <- a); an id never dropped is its own. */
  resolve(id: string): string;
  /** Every id that resolves to `kept` (itself included). */
  members(kept: string): string[];
}

/** Builds the index; a chain that comes back on itself is refused with one sentence. */
export function sameAsIndex(same: readonly SameAsDecision[]): SameAsIndex {
  const into = new Map<string, string>();
  for (const d of same) {
    const earlier = into.get(d.drop);
    if (earlier && earlier !== d.keep) {
      throw new DecisionRefusal(
        `"${d.drop}" is merged twice, into "${earlier}" and into "${d.keep}": keep one of the two decisions.`,
        "conflict",
      );
    }
    into.set(d.drop, d.keep);
  }
  const resolved = new Map<string, string>();
  const resolve = (id: string): string => {
    const known = resolved.get(id);
    if (known) return known;
    const seen = [id];
    let at = id;
    for (let next = into.get(at); next !== undefined; next = into.get(at)) {
      if (seen.includes(next)) {
        throw new DecisionRefusal(
          `The merges ${[...seen, next].map((x) => `"${x}"`).join(" -> ")} come back to where they start: undo one of them.`,
          "conflict",
        );
      }
      seen.push(next);
      at = next;
    }
    for (const x of seen) resolved.set(x, at);
    return at;
  };
  for (const id of into.keys()) resolve(id);
  return {
    resolve,
    members: (kept) => [kept, ...[...into.keys()].filter((id) => resolve(id) === kept && id !== kept)],
  };
}
