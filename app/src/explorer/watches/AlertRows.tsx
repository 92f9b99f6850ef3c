import type { JsonValue } from "../../../../graph/model/graphJson.ts";
import { type RowEntity, asRowEntity } from "../../../../graph/watches/rowEntities.ts";

/** Rows shown in an alert; the rest are counted. */
const ROWS_SHOWN = 10;
/** Items of a list shown in one cell; the rest are counted. */
const ITEMS_SHOWN = 5;

type Open = (entity: RowEntity) => void;

/** What a compacted value (graph/watches/rows.ts) reads as, other than an entity. */
function textOf(value: JsonValue): string {
  if (value === null) return "";
  if (typeof value !== "object") return String(value);
  if (Array.isArray(value)) return value.map(textOf).join(", ");
  if ("$type" in value)
    return "value" in value ? String(value.value) : value.$type === "point" ? "point" : "";
  if (Array.isArray(value.labels))
    return typeof value.name === "string" ? value.name : String(value.key ?? "");
  if (typeof value.type === "string" && "key" in value) return value.type;
  if (Array.isArray(value.path)) return `path of ${value.path.length} relationship(s)`;
  return JSON.stringify(value);
}

function Cell({ value, open }: { value: JsonValue; open: Open }) {
  const entity = asRowEntity(value);
  if (entity) {
    return (
      <button type="button" className="link" onClick={() => open(entity)}>
        {entity.name ?? entity.key}
      </button>
    );
  }
  if (Array.isArray(value) && value.some((v) => asRowEntity(v))) {
    const rest = value.length - ITEMS_SHOWN;
    return (
      <>
        {value.slice(0, ITEMS_SHOWN).map((v, i) => (
          <span key={i}>
            {i > 0 && ", "}
            <Cell value={v} open={open} />
          </span>
        ))}
        {rest > 0 && ` and ${rest} more`}
      </>
    );
  }
  return <>{textOf(value)}</>;
}

/**
 * A query alert's new rows as a small table: the first few, and how many more
 * there are; an entity in a row is a button that opens it in the explorer.
 */
export function AlertRows({
  columns,
  rows,
  count,
  open,
}: {
  columns: string[];
  rows: JsonValue[][];
  count: number;
  open: Open;
}) {
  const shown = rows.slice(0, ROWS_SHOWN);
  const rest = count - shown.length;
  return (
    <div className="alert-rows">
      <table aria-label="New rows">
        <thead>
          <tr>
            {columns.map((c) => (
              <th key={c} scope="col">
                {c}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {shown.map((row, i) => (
            <tr key={i}>
              {row.map((value, j) => (
                <td key={j}>
                  <Cell value={value} open={open} />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      {rest > 0 && (
        <p className="muted">
          and {rest} more new row{rest === 1 ? "" : "s"}; run the query in the workbench to see them all.
        </p>
      )}
    </div>
  );
}
