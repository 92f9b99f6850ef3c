// The browser build: the Node one needs Buffer at load time.
import { stringify } from "csv-stringify/browser/esm/sync";
import type { JsonValue } from "../model/graphJson.ts";
import {
  ARRAY_DELIMITER,
  type KeyType,
  type PropertyKind,
  type PropertyTypes,
  kindTable,
  scalarText,
} from "./propertyTypes.ts";
import type { GraphSource } from "./source.ts";

/**
 * nodes.csv and relationships.csv as `neo4j-admin database import full` reads
 * them (with `--multiline-fields=true`), plus propertytypes.json. Nodes:
 * `dossierSourceId:ID` (the element id, kept by neo4j-admin as that property),
 * `:LABEL` (`A;B`); relationships: `dossierSourceId` (a plain string property:
 * neo4j-admin allows no `:ID` there), `:TYPE`, `:START_ID`, `:END_ID`; then one
 * `key:type` column per property. Types: string, boolean, long, double, date,
 * datetime, localdatetime, time, localtime, duration; lists `string[]`,
 * `long[]`, `double[]`, `boolean[]` split on `;`. Keys neo4j-admin cannot type
 * (mixed types, points, lists it cannot split) are `string` columns of JSON
 * text; propertytypes.json gives every key's exact kind. An empty string is
 * quoted (`""`), a missing property an empty cell.
 */
export const CSV_FILES = {
  nodes: "nodes.csv",
  relationships: "relationships.csv",
  types: "propertytypes.json",
} as const;

export const SOURCE_ID = "dossierSourceId";

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
  json: "string",
};

interface Column {
  property: string;
  /** How the cells are written: "json" means JSON text in a string column. */
  kind: PropertyKind;
}

function columns(keys: Map<string, KeyType>): Column[] {
  return [...keys].map(([property, key]) => ({
    property,
    kind: key.kind.startsWith("list<") && key.unsplittableList ? "json" : key.kind,
  }));
}

function row(values: (string | undefined)[]): string {
  // undefined is a missing property (empty cell); "" is quoted so that neo4j-admin keeps it.
  return stringify([values], { quoted_match: /^$/ });
}

function header(fixed: string[], cols: Column[]): string {
  return row([...fixed, ...cols.map((c) => `${c.property}:${TYPE_NAMES[c.kind]}`)]);
}

function cellText(kind: PropertyKind, value: JsonValue): string {
  if (kind === "json") return JSON.stringify(value);
  if (kind.startsWith("list<") && Array.isArray(value)) return value.map(scalarText).join(ARRAY_DELIMITER);
  return scalarText(value);
}

function cells(cols: Column[], properties: Record<string, JsonValue>): (string | undefined)[] {
  return cols.map((c) => {
    const value = properties[c.property];
    return value === undefined ? undefined : cellText(c.kind, value);
  });
}

export async function* writeNodesCsv(source: GraphSource, types: PropertyTypes): AsyncGenerator<string> {
  const cols = columns(types.node);
  yield header([`${SOURCE_ID}:ID`, ":LABEL"], cols);
  for await (const node of source.nodes()) {
    yield row([node.id, node.labels.join(";"), ...cells(cols, node.properties)]);
  }
}

export async function* writeRelationshipsCsv(
  source: GraphSource,
  types: PropertyTypes,
): AsyncGenerator<string> {
  const cols = columns(types.edge);
  yield header([`${SOURCE_ID}:string`, ":TYPE", ":START_ID", ":END_ID"], cols);
  for await (const rel of source.relationships()) {
    yield row([rel.id, rel.type, rel.start, rel.end, ...cells(cols, rel.properties)]);
  }
}

/** propertytypes.json: the exact kind of every key (JSON-text columns name no type neo4j-admin has). */
export async function* writePropertyTypesJson(types: PropertyTypes): AsyncGenerator<string> {
  yield `${JSON.stringify(kindTable(types), null, 2)}\n`;
}
