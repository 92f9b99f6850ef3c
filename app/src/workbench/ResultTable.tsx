import type { QueryResult } from "../../../graph/contract/workbench.ts";
import { type ChipActions, ValueView } from "./ValueView.tsx";

/** Every column of the result; each value drawn by type. */
export function ResultTable({ result, actions }: { result: QueryResult; actions: ChipActions }) {
  if (result.columns.length === 0) return <p className="workbench-empty">The query returned no columns.</p>;
  return (
    <div className="workbench-table-scroll">
      <table className="workbench-table" aria-label="Result table">
        <thead>
          <tr>
            {result.columns.map((column) => (
              <th key={column} scope="col">
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {result.rows.map((row, r) => (
            <tr key={r}>
              {row.map((value, c) => (
                <td key={c}>
                  <ValueView value={value} actions={actions} />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
