import type Graph from "graphology";
import Papa from "papaparse";
import type { GraphJson, GraphNode, GraphRelationship, JsonValue } from "../../graph/model/graphJson.ts";

/**
 * Readers for the export formats, written from the encoding rules in the
 * README (not from the writers): each turns what a standard parser gives back
 * into GraphJson, so a round trip can be compared with the source graph.
 */

type Kind = string;
type KindTable = { node: Record<string, Kind>; edge: Record<string, Kind> };

const TEMPORALS = ["date", "datetime", "localdatetime", "time", "localtime", "duration"];

function integerFrom(text: string): JsonValue {
  const n = Number(text);
  return Number.isSafeInteger(n) && String(n) === text ? n : { $type: "integer", value: text };
}

function floatFrom(n: number): JsonValue {
  if (Number.isNaN(n)) return { $type: "float", value: "NaN" };
  if (!Number.isFinite(n)) return { $type: "float", value: n > 0 ? "Infinity" : "-Infinity" };
  return Number.isInteger(n) ? { $type: "float", value: n } : n;
}

/** A value as a standard parser returns it (text, number, boolean or list), back to a JsonValue of its kind. */
export function decodeValue(kind: Kind, raw: unknown): JsonValue {
  if (typeof raw === "string" && kind !== "string") {
    if (kind === "json" || kind.startsWith("list<")) return JSON.parse(raw) as JsonValue;
    if (kind === "integer") return integerFrom(raw);
    if (kind === "float") return floatFrom(Number(raw));
    if (kind === "boolean") return raw === "true";
    if (TEMPORALS.includes(kind)) return { $type: kind, value: raw } as JsonValue;
  }
  if (typeof raw === "number") {
    if (kind === "float") return floatFrom(raw);
    return raw;
  }
  if (Array.isArray(raw)) {
    if (kind === "list<float>") return raw.map((n: number) => floatFrom(n));
    return raw as JsonValue[];
  }
  return raw as JsonValue;
}

const NODE_RESERVED = new Set(["labels", "x", "y", "size", "color", "label"]);
const EDGE_RESERVED = new Set(["relType", "size", "thickness", "color", "label"]);

function properties(
  attributes: Record<string, unknown>,
  reserved: Set<string>,
  kinds: Record<string, Kind>,
): Record<string, JsonValue> {
  const out: Record<string, JsonValue> = {};
  for (const [name, raw] of Object.entries(attributes)) {
    if (reserved.has(name)) continue;
    const property = name.startsWith("property:") && reserved.has(name.slice(9)) ? name.slice(9) : name;
    const kind = kinds[property];
    if (kind === undefined) throw new Error(`attribute ${name} has no declared kind`);
    out[property] = decodeValue(kind, raw);
  }
  return out;
}

/** A graph parsed by graphology-graphml or graphology-gexf, back to GraphJson. */
export function fromGraphology(graph: Graph, format: "graphml" | "gexf"): GraphJson {
  const table = JSON.parse(
    String(graph.getAttribute(format === "graphml" ? "propertyTypes" : "dossier:propertytypes")),
  ) as KindTable;
  const nodes: GraphNode[] = graph.mapNodes((id, attributes) => ({
    id,
    labels:
      format === "graphml" ? String(attributes.labels).split(":").slice(1) : (attributes.labels as string[]),
    properties: properties(attributes, NODE_RESERVED, table.node),
  }));
  const relationships: GraphRelationship[] = graph.mapEdges((id, attributes, source, target) => ({
    id,
    type: String(attributes.relType),
    start: source,
    end: target,
    properties: properties(attributes, EDGE_RESERVED, table.edge),
  }));
  return { nodes, relationships };
}

const CSV_TYPES: Record<string, Kind> = {
  string: "string",
  boolean: "boolean",
  long: "integer",
  double: "float",
  "string[]": "list<string>",
  "long[]": "list<integer>",
  "double[]": "list<float>",
  "boolean[]": "list<boolean>",
  json: "json",
};

function csvRows(text: string): { header: string[]; rows: string[][] } {
  const parsed = Papa.parse<string[]>(text, { skipEmptyLines: true });
  if (parsed.errors.length > 0) throw new Error(parsed.errors[0]?.message);
  const [header = [], ...rows] = parsed.data;
  return { header, rows };
}

function csvProperties(header: string[], row: string[], fixed: number): Record<string, JsonValue> {
  const out: Record<string, JsonValue> = {};
  header.slice(fixed).forEach((column, i) => {
    const cell = row[fixed + i] ?? "";
    if (cell === "") return;
    const at = column.lastIndexOf(":");
    const type = column.slice(at + 1);
    out[column.slice(0, at)] = decodeValue(CSV_TYPES[type] ?? type, cell);
  });
  return out;
}

/** nodes.csv and relationships.csv (parsed by papaparse) back to GraphJson. */
export function fromCsv(nodesCsv: string, relationshipsCsv: string): GraphJson {
  const n = csvRows(nodesCsv);
  const r = csvRows(relationshipsCsv);
  return {
    nodes: n.rows.map((row) => ({
      id: row[0] ?? "",
      labels: (row[1] ?? "") === "" ? [] : (row[1] ?? "").split(";"),
      properties: csvProperties(n.header, row, 2),
    })),
    relationships: r.rows.map((row) => ({
      id: row[0] ?? "",
      type: row[1] ?? "",
      start: row[2] ?? "",
      end: row[3] ?? "",
      properties: csvProperties(r.header, row, 4),
    })),
  };
}

/** Both graphs with nodes and relationships in id order and labels sorted, for toEqual. */
export function sortedGraph(graph: GraphJson): GraphJson {
  const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  return {
    nodes: graph.nodes.map((n) => ({ ...n, labels: [...n.labels].sort() })).sort(byId),
    relationships: [...graph.relationships].sort(byId),
  };
}
