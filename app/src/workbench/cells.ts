import {
  type GraphNode,
  type GraphRelationship,
  type JsonValue,
  formatValue,
  isTagged,
} from "../../../graph/model/graphJson.ts";

/** A table cell's value, sorted by what the table draws for it. */
export type Cell =
  | { kind: "node"; node: GraphNode }
  | { kind: "relationship"; relationship: GraphRelationship }
  | { kind: "path"; nodes: GraphNode[]; relationships: GraphRelationship[] }
  | { kind: "list"; items: JsonValue[] }
  | { kind: "map"; entries: [string, JsonValue][] }
  | { kind: "null" }
  | { kind: "string"; text: string }
  | { kind: "scalar"; type: string; text: string };

type JsonMap = { [key: string]: JsonValue };

/** The value as a map when it is one (not a list, not a tagged value). */
function plainObject(value: JsonValue | undefined): JsonMap | undefined {
  return typeof value === "object" && value !== null && !Array.isArray(value) && !isTagged(value)
    ? (value as JsonMap)
    : undefined;
}

function isStringArray(value: JsonValue | undefined): boolean {
  return Array.isArray(value) && value.every((v) => typeof v === "string");
}

/** The server writes a node as exactly {id, labels, properties}. */
export function asNode(input: JsonValue | undefined): GraphNode | undefined {
  const value = plainObject(input);
  if (!value) return undefined;
  const keys = Object.keys(value).sort().join(",");
  if (keys !== "id,labels,properties") return undefined;
  if (typeof value.id !== "string" || !isStringArray(value.labels) || !plainObject(value.properties))
    return undefined;
  return value as unknown as GraphNode;
}

/** The server writes a relationship as exactly {id, type, start, end, properties}. */
export function asRelationship(input: JsonValue | undefined): GraphRelationship | undefined {
  const value = plainObject(input);
  if (!value) return undefined;
  const keys = Object.keys(value).sort().join(",");
  if (keys !== "end,id,properties,start,type") return undefined;
  if (
    typeof value.id !== "string" ||
    typeof value.type !== "string" ||
    typeof value.start !== "string" ||
    typeof value.end !== "string"
  )
    return undefined;
  return value as unknown as GraphRelationship;
}

function asPath(input: JsonValue): { nodes: GraphNode[]; relationships: GraphRelationship[] } | undefined {
  const value = plainObject(input);
  if (!value) return undefined;
  if (Object.keys(value).sort().join(",") !== "end,segments,start") return undefined;
  const start = asNode(value.start);
  const segments = value.segments;
  if (!start || !Array.isArray(segments)) return undefined;
  const nodes = [start];
  const relationships: GraphRelationship[] = [];
  for (const item of segments) {
    const segment = plainObject(item);
    if (!segment) return undefined;
    const rel = asRelationship(segment.relationship);
    const end = asNode(segment.end);
    if (!rel || !end) return undefined;
    relationships.push(rel);
    nodes.push(end);
  }
  return { nodes, relationships };
}

export function classifyCell(value: JsonValue): Cell {
  if (value === null) return { kind: "null" };
  if (typeof value === "string") return { kind: "string", text: value };
  if (Array.isArray(value)) return { kind: "list", items: value };
  const node = asNode(value);
  if (node) return { kind: "node", node };
  const relationship = asRelationship(value);
  if (relationship) return { kind: "relationship", relationship };
  const path = asPath(value);
  if (path) return { kind: "path", ...path };
  if (isTagged(value)) {
    if (value.$type === "map") return { kind: "map", entries: Object.entries(value.value) };
    return { kind: "scalar", type: value.$type, text: formatValue(value) };
  }
  if (typeof value === "object") return { kind: "map", entries: Object.entries(value) };
  if (typeof value === "number") {
    return { kind: "scalar", type: Number.isInteger(value) ? "integer" : "float", text: String(value) };
  }
  return { kind: "scalar", type: "boolean", text: String(value) };
}

/** What a chip says for a node: its name or another readable property, else its label. */
export function nodeCaption(node: GraphNode): string {
  for (const key of ["name", "title", "slug", "id"]) {
    const value = node.properties[key];
    if (typeof value === "string" && value !== "") return value;
  }
  const text = node.properties.text;
  if (typeof text === "string") return text.length > 40 ? `${text.slice(0, 39)}…` : text;
  return node.labels[0] ?? node.id;
}
