import { type JsonValue, type Properties, isTagged, isTemporal } from "../model/graphJson.ts";
import type { GraphSource } from "./source.ts";

/**
 * The type of a property key over a whole export, as the typed formats
 * (GraphML, GEXF, CSV) declare it. A key whose values have different types, or
 * a type no format has (points, byte arrays, lists of temporals), is "json":
 * each value is written as its JsonValue text (graph/model/graphJson.ts).
 */
export type PropertyKind =
  | "string"
  | "boolean"
  | "integer"
  | "float"
  | "date"
  | "datetime"
  | "localdatetime"
  | "time"
  | "localtime"
  | "duration"
  | "list<string>"
  | "list<integer>"
  | "list<float>"
  | "list<boolean>"
  | "json";

export interface KeyType {
  kind: PropertyKind;
  /** Some integer (alone or in a list) is beyond ±(2^53−1): JavaScript readers need it as text. */
  bigIntegers: boolean;
  /** Some value is the empty string (CSV must then tell it from a missing value). */
  emptyString: boolean;
  /**
   * Some list is empty, or holds an empty string or one with `;`: neo4j-admin's
   * arrays (split on `;`, no escape) cannot carry it, so CSV writes the key as JSON text.
   */
  unsplittableList: boolean;
  /** How many nodes or relationships have this key. */
  count: number;
}

export interface PropertyTypes {
  node: Map<string, KeyType>;
  edge: Map<string, KeyType>;
  nodeCount: number;
  edgeCount: number;
}

type Scalar = "string" | "boolean" | "integer" | "float";
const SCALARS = new Set<string>(["string", "boolean", "integer", "float"]);
const TEMPORALS = new Set<string>(["date", "datetime", "localdatetime", "time", "localtime", "duration"]);

/** The kind of one value; `null` for an empty list (it fits any list kind). */
function kindOf(value: JsonValue): PropertyKind | null {
  if (typeof value === "string") return "string";
  if (typeof value === "boolean") return "boolean";
  if (typeof value === "number") return Number.isInteger(value) ? "integer" : "float";
  if (Array.isArray(value)) {
    if (value.length === 0) return null;
    const kinds = new Set(value.map(kindOf));
    const [only] = kinds;
    return kinds.size === 1 && only && SCALARS.has(only)
      ? (`list<${only as Scalar}>` as PropertyKind)
      : "json";
  }
  if (isTagged(value)) {
    if (value.$type === "integer" || value.$type === "float") return value.$type;
    if (TEMPORALS.has(value.$type)) return value.$type as PropertyKind;
  }
  return "json";
}

function isBig(value: JsonValue): boolean {
  if (Array.isArray(value)) return value.some(isBig);
  return isTagged(value) && value.$type === "integer";
}

interface Collecting {
  kind: PropertyKind | null | undefined;
  bigIntegers: boolean;
  emptyString: boolean;
  unsplittableList: boolean;
  count: number;
}

/** The array delimiter of neo4j-admin import (its default). */
export const ARRAY_DELIMITER = ";";

function unsplittable(value: JsonValue): boolean {
  if (!Array.isArray(value)) return false;
  return (
    value.length === 0 ||
    value.some((item) => typeof item === "string" && (item === "" || item.includes(ARRAY_DELIMITER)))
  );
}

function observe(keys: Map<string, Collecting>, properties: Properties): void {
  for (const [key, value] of Object.entries(properties)) {
    let entry = keys.get(key);
    if (!entry) {
      entry = { kind: undefined, bigIntegers: false, emptyString: false, unsplittableList: false, count: 0 };
      keys.set(key, entry);
    }
    entry.count += 1;
    if (isBig(value)) entry.bigIntegers = true;
    if (value === "") entry.emptyString = true;
    if (unsplittable(value)) entry.unsplittableList = true;
    const kind = kindOf(value);
    if (entry.kind === undefined) entry.kind = kind;
    else if (kind !== null && entry.kind !== kind) {
      // An empty list seen first takes the kind of the first non-empty list.
      entry.kind = entry.kind === null && kind.startsWith("list<") ? kind : "json";
    } else if (kind === null && entry.kind !== null && !entry.kind.startsWith("list<")) {
      entry.kind = "json";
    }
  }
}

function finish(keys: Map<string, Collecting>): Map<string, KeyType> {
  const sorted = [...keys.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return new Map(
    sorted.map(([key, c]) => [
      key,
      {
        kind: c.kind ?? "list<string>",
        bigIntegers: c.bigIntegers,
        emptyString: c.emptyString,
        unsplittableList: c.unsplittableList,
        count: c.count,
      },
    ]),
  );
}

/** Reads the source once to learn every property key and its type. */
export async function collectPropertyTypes(source: GraphSource): Promise<PropertyTypes> {
  const node = new Map<string, Collecting>();
  const edge = new Map<string, Collecting>();
  let nodeCount = 0;
  let edgeCount = 0;
  for await (const n of source.nodes()) {
    nodeCount += 1;
    observe(node, n.properties);
  }
  for await (const r of source.relationships()) {
    edgeCount += 1;
    observe(edge, r.properties);
  }
  return { node: finish(node), edge: finish(edge), nodeCount, edgeCount };
}

/** The kind of every key, as written into the files so that a reader can restore exact values. */
export function kindTable(types: PropertyTypes): {
  node: Record<string, PropertyKind>;
  edge: Record<string, PropertyKind>;
} {
  const table = (keys: Map<string, KeyType>) =>
    Object.fromEntries([...keys].map(([key, t]) => [key, t.kind]));
  return { node: table(types.node), edge: table(types.edge) };
}

/** A float as text that always reads back as a float ("200.0", "NaN", "1.5e-7"). */
export function floatText(value: number): string {
  if (Number.isNaN(value)) return "NaN";
  if (!Number.isFinite(value)) return value > 0 ? "Infinity" : "-Infinity";
  const text = String(value).replace("e+", "e");
  return /[.e]/.test(text) ? text : `${text}.0`;
}

/** A scalar as text: integers exact, floats with a point, temporals in ISO 8601. */
export function scalarText(value: JsonValue): string {
  if (typeof value === "string") return value;
  if (typeof value === "boolean") return value ? "true" : "false";
  if (typeof value === "number") return Number.isInteger(value) ? String(value) : floatText(value);
  if (isTagged(value)) {
    if (value.$type === "float")
      return typeof value.value === "number" ? floatText(value.value) : value.value;
    if (value.$type === "integer" || isTemporal(value)) return value.value;
  }
  return JSON.stringify(value);
}

/** The text of a value of a key of this kind: scalars as `scalarText`, lists and "json" as JSON text. */
export function valueText(kind: PropertyKind, value: JsonValue): string {
  if (kind === "json" || kind.startsWith("list<")) return JSON.stringify(value);
  return scalarText(value);
}
