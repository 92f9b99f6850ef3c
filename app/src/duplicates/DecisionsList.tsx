import type { DecisionsFile } from "../../../graph/contract/duplicates.ts";
import { decidedAt } from "./pairs.ts";

/** The decisions as they stand: merges, each with its split, and the pairs said not to be the same, each with its undo. */
export function DecisionsList({
  decisions,
  names,
  busy,
  undo,
  undoNotSame,
}: {
  decisions: DecisionsFile | null;
  names: ReadonlyMap<string, string>;
  busy: boolean;
  undo(drop: string): void;
  undoNotSame(a: string, b: string): void;
}) {
  // The names kept with the decision; a pair set apart by an older version is known by its ids only.
  const nameOf = (id: string, kept: string | undefined) => kept ?? names.get(id);
  const name = (id: string, kept: string | undefined) => {
    const known = nameOf(id, kept);
    return known ? `“${known}”` : <code>{id}</code>;
  };
  const said = (id: string, kept: string | undefined) => `“${nameOf(id, kept) ?? id}”`;
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
                  {name(d.a, d.aName)} and {name(d.b, d.bName)}{" "}
                  <span className="muted">{decidedAt(d.decided)}</span>{" "}
                  <button
                    type="button"
                    aria-disabled={busy}
                    aria-label={`Undo ${said(d.a, d.aName)} not the same as ${said(d.b, d.bName)}`}
                    onClick={() => !busy && undoNotSame(d.a, d.b)}
                  >
                    Undo
                  </button>
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </section>
  );
}
