import { type JsonValue, type Properties, valueKind } from "../../../../graph/model/graphJson.ts";
import { formatProperty, safeLink } from "./formatProperty.ts";

function Value({ value }: { value: JsonValue }) {
  const link = safeLink(value);
  if (link) {
    return (
      <a href={link} target="_blank" rel="noopener noreferrer">
        {link}
      </a>
    );
  }
  return <>{formatProperty(value)}</>;
}

/** Properties as a definition list: name, readable value, and its type. */
export function PropertyList({ properties, omit = [] }: { properties: Properties; omit?: string[] }) {
  const entries = Object.entries(properties)
    .filter(([key]) => !omit.includes(key))
    .sort(([a], [b]) => a.localeCompare(b));
  if (entries.length === 0) return <p className="muted">No properties.</p>;
  return (
    <dl className="properties">
      {entries.map(([key, value]) => (
        <div key={key}>
          <dt>
            {key} <span className="kind">{valueKind(value)}</span>
          </dt>
          <dd>
            <Value value={value} />
          </dd>
        </div>
      ))}
    </dl>
  );
}
