/**
 * The one graph shape that crosses every boundary (API, exports, tests):
 * nodes and relationships identified by Neo4j elementId, with property values
 * encoded by `JsonValue` so that nothing is lost on the way through JSON.
 */

/**
 * A Neo4j value as JSON. Strings, booleans, null, lists and maps are plain JSON.
 * Numbers: an INTEGER within ±(2^53−1) and a FLOAT with a fractional part are
 * plain JSON numbers; everything else that JSON cannot carry exactly is tagged:
 *   {"$type": "integer", "value": "9007199254740993"}   INTEGER beyond 2^53
 *   {"$type": "float", "value": 200}                    FLOAT with no fraction
 *   {"$type": "float", "value": "NaN" | "Infinity" | "-Infinity"}
 *   {"$type": "date" | "time" | "localtime" | "datetime" | "localdatetime" | "duration", "value": ISO 8601}
 *   {"$type": "point", "srid": 4326, "x": 1, "y": 2, "z"?: 3}
 *   {"$type": "bytes", "value": base64}
 * A map that itself has a "$type" key is wrapped: {"$type": "map", "value": {...}}.
 */
export type JsonValue =
  string | number | boolean | null | JsonValue[] | TaggedValue | { [key: string]: JsonValue };

export type TemporalType = "date" | "time" | "localtime" | "datetime" | "localdatetime" | "duration";

export type TaggedValue =
  | { $type: "integer"; value: string }
  | { $type: "float"; value: number | "NaN" | "Infinity" | "-Infinity" }
  | { $type: TemporalType; value: string }
  | { $type: "point"; srid: number; x: number; y: number; z?: number }
  | { $type: "bytes"; value: string }
  | { $type: "map"; value: { [key: string]: JsonValue } };

export type Properties = Record<string, JsonValue>;

export interface GraphNode {
  id: string;
  labels: string[];
  properties: Properties;
}

export interface GraphRelationship {
  id: string;
  type: string;
  start: string;
  end: string;
  properties: Properties;
  /**
   * When the relationship states a fact (has an `article`) and the answer
   * counted it: the articles stating that fact (same start, type and end) and
   * their independent sources (distinct origins).
   */
  articles?: number;
  sources?: number;
  /**
   * When the answer draws the fact as one edge: how many relationships state
   * it (the edge stands for all of them; its id is theirs with the smallest
   * element id), and, when more than one does, when they are dated.
   */
  statements?: number;
  stated?: StatedWhen[];
}

/**
 * A way the statements of a fact are dated, as a pair of texts, short because
 * a hub's answer holds thousands: `when`, their date values as `key=value`
 * joined by ";" ("date=2025-06-23", "since=1960;until=2023-12"; "" when they
 * have none), and `reported`, the earliest publication day of the articles
 * stating it so ("" when one of them has no date). That is all the time filter
 * needs to show the fact exactly when it would show one of its statements.
 */
export type StatedWhen = [when: string, reported: string];

const DAY_TEXT = /^\d{4}-\d{2}-\d{2}$/;

/** The date values a `when` text names, as properties (a day as a DATE, a month or a year as text). */
export function whenProperties(when: string): Properties {
  const properties: Properties = {};
  for (const pair of when.split(";")) {
    const at = pair.indexOf("=");
    if (at <= 0) continue;
    const value = pair.slice(at + 1);
    properties[pair.slice(0, at)] = DAY_TEXT.test(value) ? { $type: "date", value } : value;
  }
  return properties;
}

export interface GraphJson {
  nodes: GraphNode[];
  relationships: GraphRelationship[];
}

const TEMPORAL = new Set<string>(["date", "time", "localtime", "datetime", "localdatetime", "duration"]);

export function isTagged(value: unknown): value is TaggedValue {
  return (
    typeof value === "object" &&
    value !== null &&
    !Array.isArray(value) &&
    typeof (value as { $type?: unknown }).$type === "string"
  );
}

export function isTemporal(value: JsonValue): value is { $type: TemporalType; value: string } {
  return isTagged(value) && TEMPORAL.has(value.$type);
}

/** The kind of a value, as a user would name it (for tables, legends and exports). */
export function valueKind(value: JsonValue): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "list";
  if (isTagged(value)) return value.$type === "map" ? "map" : value.$type;
  if (typeof value === "number") return Number.isInteger(value) ? "integer" : "float";
  if (typeof value === "object") return "map";
  return typeof value;
}

/** A readable rendering of any value, exact for big integers and temporals. */
export function formatValue(value: JsonValue): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return `[${value.map(formatValue).join(", ")}]`;
  if (isTagged(value)) {
    switch (value.$type) {
      case "point":
        return `point(${value.srid}: ${value.x}, ${value.y}${value.z === undefined ? "" : `, ${value.z}`})`;
      case "float":
        return typeof value.value === "number" ? value.value.toFixed(1) : value.value;
      case "map":
        return formatMap(value.value);
      default:
        return String(value.value);
    }
  }
  if (typeof value === "object") return formatMap(value);
  return String(value);
}

function formatMap(map: { [key: string]: JsonValue }): string {
  return `{${Object.entries(map)
    .map(([k, v]) => `${k}: ${formatValue(v)}`)
    .join(", ")}}`;
}
