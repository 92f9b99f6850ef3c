import { useState } from "react";
import { type Properties, propertyKeySchema } from "../../../../graph/model/values.ts";
import { parseValue } from "../state/propertyValue.ts";
import { CommitInput } from "./CommitInput.tsx";

/**
 * Typed properties, each value as JSON: a string, a number, true or false, a
 * list, {"date": "2024-03-05"} or {"quantity": 200, "unit": "jobs"}.
 */
export function PropertiesEditor({
  properties,
  onChange,
}: {
  properties: Properties;
  onChange(properties: Properties): void;
}) {
  const [error, setError] = useState<string | null>(null);
  const [key, setKey] = useState("");
  const [value, setValue] = useState("");

  /** Sets one property from its JSON; false (and the sentence shown) if the value is not one. */
  const put = (name: string, json: string): boolean => {
    const parsed = parseValue(json);
    if ("error" in parsed) {
      setError(`Property ${name}: ${parsed.error}.`);
      return false;
    }
    setError(null);
    onChange({ ...properties, [name]: parsed.value });
    return true;
  };
  const add = () => {
    const name = propertyKeySchema.safeParse(key.trim());
    if (!name.success) return setError(`Property name "${key}": ${name.error.issues[0]?.message}.`);
    if (put(name.data, value)) {
      setKey("");
      setValue("");
    }
  };

  return (
    <fieldset className="properties">
      <legend>Properties</legend>
      {Object.entries(properties).map(([name, current]) => (
        <div key={name} className="property-row">
          <label>
            {name}
            <CommitInput value={JSON.stringify(current)} onCommit={(json) => put(name, json)} />
          </label>
          <button
            type="button"
            aria-label={`Remove ${name}`}
            onClick={() => {
              const { [name]: _removed, ...rest } = properties;
              onChange(rest);
            }}
          >
            ×
          </button>
        </div>
      ))}
      <div className="property-row">
        <input
          aria-label="New property name"
          placeholder="name"
          value={key}
          onChange={(e) => setKey(e.target.value)}
        />
        <input
          aria-label="New property value"
          placeholder='"text", 12, {"date": "2024-03-05"}'
          value={value}
          onChange={(e) => setValue(e.target.value)}
          onKeyDown={(e) => e.key === "Enter" && add()}
        />
        <button type="button" onClick={add} disabled={key.trim() === ""}>
          Add
        </button>
      </div>
      {error && <p role="alert">{error}</p>}
    </fieldset>
  );
}
