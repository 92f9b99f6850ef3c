// The browser build: the Node one needs Buffer at load time.
import { stringify } from "csv-stringify/browser/esm/sync";
import type { JsonValue } from "../model/graphJson.ts";
import { type KeyType, type PropertyKind, type PropertyTypes, valueText } from "./propertyTypes.ts";
import type { GraphSource } from "./source.ts";

/**
 * nodes.csv and relationships.csv with a header row in the style of
 * neo4j-admin import: `:ID` (the elementId, which `:START_ID` and `:END_ID`
 * join to), `:LABEL` (labels separated by `;`), `:TYPE`, then one column per
 * property named `key:type`. Types: string, boolean, long, double, date,
 * datetime, localdatetime, time, localtime, duration; lists are `string[]`,
 * `long[]`, `double[]`, `boolean[]` holding a JSON array; `json` columns hold
 * JsonValue text (mixed keys, and string keys that have empty strings,
 * because an empty cell is always a missing property).
 */
export const CSV_FILES = { nodes: "nodes.csv", relationships: "relationships.csv" } as const;

const TYPE_NAMES: Record<PropertyKind, string> = {
  string: "string",
  boolean: "boolean",
  integer: "long",
  float: "double",
  date: "date",
  datetime: "datetime",
  localdatetime: "localdatetime",
  time: "time",
  localtime: "localtime",
  duration: "duration",
  "list<string>": "string[]",
  "list<integer>": "long[]",
  "list<float>": "double[]",
  "list<boolean>": "boolean[]",
  json: "json",
};

interface Column {
  property: string;
  kind: PropertyKind;
}

function columns(keys: Map<string, KeyType>): Column[] {
  return [...keys].map(([property, key]) => ({
    property,
    // An empty cell always means "missing", so a key with "" values is written as JSON text.
    kind: key.kind === "string" && key.emptyString ? "json" : key.kind,
  }));
}

function header(fixed: string[], cols: Column[]): string {
  return stringify([[...fixed, ...cols.map((c) => `${c.property}:${TYPE_NAMES[c.kind]}`)]]);
}

function cells(cols: Column[], properties: Record<string, JsonValue>): string[] {
  return cols.map((c) => {
    const value = properties[c.property];
    return value === undefined ? "" : valueText(c.kind, value);
  });
}

export async function* writeNodesCsv(source: GraphSource, types: PropertyTypes): AsyncGenerator<string> {
  const cols = columns(types.node);
  yield header([":ID", ":LABEL"], cols);
  for await (const node of source.nodes()) {
    yield stringify([[node.id, node.labels.join(";"), ...cells(cols, node.properties)]]);
  }
}

export async function* writeRelationshipsCsv(
  source: GraphSource,
  types: PropertyTypes,
): AsyncGenerator<string> {
  const cols = columns(types.edge);
  yield header([":ID", ":TYPE", ":START_ID", ":END_ID"], cols);
  for await (const rel of source.relationships()) {
    yield stringify([[rel.id, rel.type, rel.start, rel.end, ...cells(cols, rel.properties)]]);
  }
}
