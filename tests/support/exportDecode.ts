import type Graph from "graphology";
import { parse as parseCsv } from "csv-parse/sync";
import type { GraphJson, GraphNode, GraphRelationship, JsonValue } from "../../graph/model/graphJson.ts";

/**
 * Readers for the export formats, written from the encoding rules in the
 * README (not from the writers): each turns what a standard parser gives back
 * into GraphJson, so a round trip can be compared with the source graph.
 */

type Kind = string;
export type KindTable = { node: Record<string, Kind>; edge: Record<string, Kind> };

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
    // GEXF lists are all liststring and CSV arrays split text: items may come back as text.
    const item = kind.startsWith("list<") ? kind.slice(5, -1) : "string";
    return raw.map((v: unknown) => decodeValue(item, v));
  }
  return raw as JsonValue;
}

const NODE_RESERVED = new Set(["labels", "x", "y", "size", "color", "label"]);
const EDGE_RESERVED = new Set(["relType", "size", "thickness", "color", "label", "id", "weight"]);
const GEXF_EDGE_RESERVED = new Set([...EDGE_RESERVED, "kind"]);

/** The attribute a property is written as in GraphML or GEXF (`property:<name>` for reserved names). */
export function attributeOf(property: string, element: "node" | "edge", format: "graphml" | "gexf"): string {
  const reserved =
    element === "node" ? NODE_RESERVED : format === "gexf" ? GEXF_EDGE_RESERVED : EDGE_RESERVED;
  return reserved.has(property) ? `property:${property}` : property;
}

/** The property an attribute holds, or undefined for the format's own attributes. */
export function propertyOf(attribute: string, element: "node" | "edge", format: "graphml" | "gexf") {
  const reserved =
    element === "node" ? NODE_RESERVED : format === "gexf" ? GEXF_EDGE_RESERVED : EDGE_RESERVED;
  if (reserved.has(attribute)) return undefined;
  return attribute.startsWith("property:") && reserved.has(attribute.slice(9))
    ? attribute.slice(9)
    : attribute;
}

export function properties(
  attributes: Record<string, unknown>,
  element: "node" | "edge",
  format: "graphml" | "gexf",
  kinds: Record<string, Kind>,
): Record<string, JsonValue> {
  const out: Record<string, JsonValue> = {};
  for (const [name, raw] of Object.entries(attributes)) {
    const property = propertyOf(name, element, format);
    if (property === undefined) continue;
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
    properties: properties(attributes, "node", format, table.node),
  }));
  const relationships: GraphRelationship[] = graph.mapEdges((id, attributes, source, target) => ({
    id,
    type: String(attributes.relType),
    start: source,
    end: target,
    properties: properties(attributes, "edge", format, table.edge),
  }));
  return { nodes, relationships };
}

/** One CSV cell: its text, and whether it was quoted (`""` is an empty string, an empty cell a missing value). */
interface Cell {
  text: string;
  quoted: boolean;
}

function csvRows(text: string): { header: string[]; rows: Cell[][] } {
  const [header = [], ...rows] = parseCsv(text, {
    cast: (value: string, context: { quoting: boolean }) => ({ text: value, quoted: context.quoting }),
  }) as unknown as Cell[][];
  return { header: header.map((c) => c.text), rows };
}

function csvProperties(
  header: string[],
  row: Cell[],
  fixed: number,
  kinds: Record<string, Kind>,
): Record<string, JsonValue> {
  const out: Record<string, JsonValue> = {};
  header.slice(fixed).forEach((column, i) => {
    const cell = row[fixed + i] ?? { text: "", quoted: false };
    if (cell.text === "" && !cell.quoted) return;
    const at = column.lastIndexOf(":");
    const property = column.slice(0, at);
    const kind = kinds[property];
    if (kind === undefined) throw new Error(`column ${column} has no kind in propertytypes.json`);
    out[property] = decodeValue(kind, column.endsWith("[]") ? cell.text.split(";") : cell.text);
  });
  return out;
}

/** nodes.csv, relationships.csv and propertytypes.json (parsed by csv-parse) back to GraphJson. */
export function fromCsv(nodesCsv: string, relationshipsCsv: string, typesJson: string): GraphJson {
  const table = JSON.parse(typesJson) as KindTable;
  const n = csvRows(nodesCsv);
  const r = csvRows(relationshipsCsv);
  const text = (row: Cell[], i: number) => row[i]?.text ?? "";
  return {
    nodes: n.rows.map((row) => ({
      id: text(row, 0),
      labels: text(row, 1) === "" ? [] : text(row, 1).split(";"),
      properties: csvProperties(n.header, row, 2, table.node),
    })),
    relationships: r.rows.map((row) => ({
      id: text(row, 0),
      type: text(row, 1),
      start: text(row, 2),
      end: text(row, 3),
      properties: csvProperties(r.header, row, 4, table.edge),
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
