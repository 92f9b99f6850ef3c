import { type RefObject, useEffect, useRef } from "react";
import type { DuplicateCandidate, DuplicateSide } from "../../../graph/contract/duplicates.ts";
import { CandidatePair } from "./CandidatePair.tsx";
import { pairKey } from "./pairs.ts";

/**
 * The open pairs. When a decision takes a pair off the list, the keyboard's focus goes to the pair
 * after it (or before it, or to `afterLast` when none is left) instead of falling back to the page.
 */
export function CandidateList({
  pairs,
  busy,
  merge,
  notSame,
  afterLast,
}: {
  pairs: readonly DuplicateCandidate[];
  busy: boolean;
  merge(keep: DuplicateSide, drop: DuplicateSide): Promise<boolean>;
  notSame(a: DuplicateSide, b: DuplicateSide): Promise<boolean>;
  afterLast: RefObject<HTMLElement | null>;
}) {
  const list = useRef<HTMLOListElement>(null);
  // The pair being decided and the one to focus once it has left the list ("" for none).
  const pending = useRef<{ gone: string; next: string } | null>(null);
  useEffect(() => {
    const wanted = pending.current;
    if (!wanted) return;
    const shown = [...(list.current?.querySelectorAll<HTMLElement>("article.candidate") ?? [])];
    if (shown.some((el) => el.dataset.pair === wanted.gone)) return;
    pending.current = null;
    (shown.find((el) => el.dataset.pair === wanted.next) ?? afterLast.current)?.focus();
  });
  const decide = (index: number, decision: Promise<boolean>) => {
    const keyAt = (i: number) => (pairs[i] ? pairKey(pairs[i].a.id, pairs[i].b.id) : null);
    pending.current = { gone: keyAt(index)!, next: keyAt(index + 1) ?? keyAt(index - 1) ?? "" };
    void decision.then((ok) => {
      if (!ok) pending.current = null;
    });
  };

  if (pairs.length === 0) return <p className="muted">No possible duplicates left to decide.</p>;
  return (
    <ol ref={list} className="candidate-list" aria-label="Possible duplicates">
      {pairs.map((pair, index) => (
        <li key={pairKey(pair.a.id, pair.b.id)}>
          <CandidatePair
            pair={pair}
            busy={busy}
            merge={(keep, drop) => decide(index, merge(keep, drop))}
            notSame={(a, b) => decide(index, notSame(a, b))}
          />
        </li>
      ))}
    </ol>
  );
}
