import { useId } from "react";
import type { DuplicateCandidate, DuplicateSide } from "../../../graph/contract/duplicates.ts";
import { DuplicateSideView } from "./DuplicateSideView.tsx";
import { REASON_WORDS, pairKey } from "./pairs.ts";

/**
 * A candidate pair: why it may be one thing, both sides' evidence side by side, and the decision.
 * The buttons come after the evidence in the Tab order, so the keyboard reads before it decides.
 */
export function CandidatePair({
  pair,
  busy,
  merge,
  notSame,
}: {
  pair: DuplicateCandidate;
  busy: boolean;
  merge(keep: DuplicateSide, drop: DuplicateSide): void;
  notSame(a: DuplicateSide, b: DuplicateSide): void;
}) {
  const id = useId();
  const { a, b } = pair;
  // aria-disabled rather than disabled while a decision is under way: a disabled button would drop
  // the keyboard's focus to the page, and a refusal would leave the reviewer nowhere.
  const when = (decide: () => void) => () => {
    if (!busy) decide();
  };
  return (
    <article
      className="candidate"
      aria-labelledby={`${id}-title`}
      data-pair={pairKey(a.id, b.id)}
      tabIndex={-1}
    >
      <h3 id={`${id}-title`}>
        {a.name} · {b.name}
      </h3>
      <p className="muted candidate-score">Likeness {Math.round(pair.score * 100)}%</p>
      <ul className="reasons" aria-label="Reasons">
        {pair.reasons.map((r) => (
          <li key={`${r.kind} ${r.detail}`}>
            <strong>{REASON_WORDS[r.kind]}</strong>: {r.detail}
          </li>
        ))}
      </ul>
      <div className="duplicate-sides">
        <DuplicateSideView letter="A" side={a} headingId={`${id}-a`} />
        <DuplicateSideView letter="B" side={b} headingId={`${id}-b`} />
      </div>
      <div className="decision-buttons" role="group" aria-label={`Decide on ${a.name} and ${b.name}`}>
        {(
          [
            ["A", a, b],
            ["B", b, a],
          ] as const
        ).map(([letter, keep, drop]) => (
          <button
            key={letter}
            type="button"
            aria-disabled={busy}
            aria-describedby={`${id}-${letter.toLowerCase()}`}
            onClick={when(() => merge(keep, drop))}
          >
            Merge into {letter}
          </button>
        ))}
        <button type="button" aria-disabled={busy} onClick={when(() => notSame(a, b))}>
          Not the same
        </button>
      </div>
    </article>
  );
}
