import { type JsonValue, isTagged } from "../model/graphJson.ts";
import { floatText } from "./propertyTypes.ts";

/**
 * JsonValues as Cypher literals that recreate the exact Neo4j value: integers
 * as written (64-bit exact), floats always with a point or exponent (200.0),
 * NaN and infinities as 0.0/0.0 and ±1.0/0.0, temporals as date('…'),
 * datetime('…') etc., points as point({…}), lists and maps as literals.
 */
export function cypherLiteral(value: JsonValue): string {
  if (value === null) return "null";
  if (typeof value === "string") return cypherString(value);
  if (typeof value === "boolean") return value ? "true" : "false";
  if (typeof value === "number") return Number.isInteger(value) ? String(value) : cypherFloat(value);
  if (Array.isArray(value)) return `[${value.map(cypherLiteral).join(", ")}]`;
  if (isTagged(value)) {
    switch (value.$type) {
      case "integer":
        return value.value;
      case "float":
        if (value.value === "NaN") return "0.0/0.0";
        if (value.value === "Infinity") return "1.0/0.0";
        if (value.value === "-Infinity") return "-1.0/0.0";
        return cypherFloat(value.value);
      case "point": {
        const z = value.z === undefined ? "" : `, z: ${cypherFloat(value.z)}`;
        return `point({srid: ${value.srid}, x: ${cypherFloat(value.x)}, y: ${cypherFloat(value.y)}${z}})`;
      }
      case "bytes":
        throw new Error("A byte array property cannot be written as a Cypher literal.");
      case "map":
        return cypherMap(value.value);
      default:
        return `${value.$type}(${cypherString(value.value)})`;
    }
  }
  return cypherMap(value);
}

function cypherFloat(value: number): string {
  if (Number.isNaN(value)) return "0.0/0.0";
  if (!Number.isFinite(value)) return value > 0 ? "1.0/0.0" : "-1.0/0.0";
  return floatText(value);
}

export function cypherMap(map: { [key: string]: JsonValue }): string {
  return `{${Object.entries(map)
    .map(([k, v]) => `${cypherName(k)}: ${cypherLiteral(v)}`)
    .join(", ")}}`;
}

/** A name in backticks (labels, types, keys), any character allowed. */
export function cypherName(name: string): string {
  return `\`${name.replaceAll("`", "``")}\``;
}

const STRING_ESCAPES: Record<string, string> = {
  "\\": "\\\\",
  "'": "\\'",
  "\n": "\\n",
  "\r": "\\r",
  "\t": "\\t",
  "\b": "\\b",
  "\f": "\\f",
};

/** A single-quoted string; control characters escaped, so a literal never spans lines. */
export function cypherString(value: string): string {
  let body = "";
  for (const c of value) {
    const code = c.charCodeAt(0);
    const control = code < 0x20 || code === 0x2028 || code === 0x2029;
    body += STRING_ESCAPES[c] ?? (control ? `\\u${code.toString(16).padStart(4, "0")}` : c);
  }
  return `'${body}'`;
}
