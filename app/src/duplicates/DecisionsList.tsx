import type { DecisionsFile } from "../../../graph/contract/duplicates.ts";
import { decidedAt } from "./pairs.ts";

/** The decisions as they stand: merges, each with its split, and the pairs said not to be the same. */
export function DecisionsList({
  decisions,
  names,
  busy,
  undo,
}: {
  decisions: DecisionsFile | null;
  names: ReadonlyMap<string, string>;
  busy: boolean;
  undo(drop: string): void;
}) {
  // A pair set apart before this page opened, and no longer listed, is known by its ids only.
  const name = (id: string) => {
    const known = names.get(id);
    return known ? `“${known}”` : <code>{id}</code>;
  };
  return (
    <section className="decisions" aria-labelledby="decisions-title">
      <h2 id="decisions-title">Decisions</h2>
      {decisions === null ? (
        <p className="muted">Reading the decisions…</p>
      ) : (
        <>
          <h3>Merged ({decisions.same.length})</h3>
          {decisions.same.length === 0 ? (
            <p className="muted">No merges yet.</p>
          ) : (
            <ul aria-label="Merged">
              {decisions.same.map((d) => (
                <li key={d.drop}>
                  “{d.dropName}” merged into “{d.keepName}”{" "}
                  <span className="muted">{decidedAt(d.decided)}</span>{" "}
                  <button
                    type="button"
                    aria-disabled={busy}
                    aria-label={`Split “${d.dropName}” from “${d.keepName}”`}
                    onClick={() => !busy && undo(d.drop)}
                  >
                    Split
                  </button>
                </li>
              ))}
            </ul>
          )}
          <h3>Not the same ({decisions.notSame.length})</h3>
          {decisions.notSame.length === 0 ? (
            <p className="muted">No pairs set apart yet.</p>
          ) : (
            <ul aria-label="Not the same">
              {decisions.notSame.map((d) => (
                <li key={`${d.a} ${d.b}`}>
                  {name(d.a)} and {name(d.b)} <span className="muted">{decidedAt(d.decided)}</span>
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </section>
  );
}
