import { type Ref } from "react";
import type { Outcome } from "./useDuplicates.ts";

/** The line that says what the last decision did, with Undo after a merge; focused when no pair is left. */
export function OutcomeLine({
  outcome,
  busy,
  undo,
  ref,
}: {
  outcome: Outcome | null;
  busy: boolean;
  undo(drop: string): void;
  ref: Ref<HTMLParagraphElement>;
}) {
  const dropped = outcome?.undo ?? null;
  return (
    <p role="status" aria-label="Last decision" className="decision-outcome" ref={ref} tabIndex={-1}>
      {outcome?.message}
      {dropped !== null && (
        <>
          {" "}
          <button type="button" aria-disabled={busy} onClick={() => !busy && undo(dropped)}>
            Undo
          </button>
        </>
      )}
    </p>
  );
}
