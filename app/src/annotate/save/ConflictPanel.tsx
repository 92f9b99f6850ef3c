import type { Draft } from "../../../../graph/model/draft.ts";
import { compareDrafts } from "../state/conflictDiff.ts";
import type { StatusCounts } from "../state/reviewItems.ts";

const counted = (c: StatusCounts) =>
  `${c.accepted} accepted, ${c.suggested} suggested, ${c.rejected} rejected`;

/**
 * Someone saved this draft since this page read it: both versions side by
 * side (counts and the items that differ), and the choice of which to keep.
 */
export function ConflictPanel({
  mine,
  theirs,
  keepMine,
  takeTheirs,
}: {
  mine: Draft;
  theirs: Draft;
  keepMine(): void;
  takeTheirs(): void;
}) {
  const comparison = compareDrafts(mine, theirs);
  return (
    <section className="conflict" role="alertdialog" aria-label="Save conflict">
      <h3>This draft was saved elsewhere since you opened it</h3>
      <p>Nothing was overwritten. Choose the version to keep.</p>
      <table>
        <thead>
          <tr>
            <th>Item</th>
            <th>Yours</th>
            <th>Theirs</th>
          </tr>
        </thead>
        <tbody>
          <tr>
            <td>All items</td>
            <td>{counted(comparison.mine)}</td>
            <td>{counted(comparison.theirs)}</td>
          </tr>
          {comparison.differences.map((d) => (
            <tr key={`${d.kind} ${d.id}`}>
              <td>
                {d.kind} {d.name}
              </td>
              <td>{d.mine ?? "absent"}</td>
              <td>{d.theirs ?? "absent"}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="conflict-actions">
        <button type="button" onClick={keepMine}>
          Keep yours (save over theirs)
        </button>
        <button type="button" onClick={takeTheirs}>
          Take theirs (drop your changes)
        </button>
      </div>
    </section>
  );
}
