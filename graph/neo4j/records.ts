import neo4j, {
  type Integer,
  type Node,
  type Path,
  type Relationship,
  isDate,
  isDateTime,
  isDuration,
  isLocalDateTime,
  isLocalTime,
  isNode,
  isPath,
  isPathSegment,
  isPoint,
  isRelationship,
  isTime,
} from "neo4j-driver";
import type { GraphJson, GraphNode, GraphRelationship, JsonValue, Properties } from "../model/graphJson.ts";

/**
 * Driver values to the project's JSON shape (see graph/model/graphJson.ts).
 * Graph elements found anywhere in a value are also collected, so a query
 * result can be drawn as well as tabulated.
 */

export function encodeNumber(value: number): JsonValue {
  if (Number.isNaN(value)) return { $type: "float", value: "NaN" };
  if (!Number.isFinite(value)) return { $type: "float", value: value > 0 ? "Infinity" : "-Infinity" };
  // The driver returns FLOAT as a JS number; a whole one must stay a float.
  return Number.isInteger(value) ? { $type: "float", value } : value;
}

export function encodeInteger(value: Integer): JsonValue {
  return neo4j.integer.inSafeRange(value) ? value.toNumber() : { $type: "integer", value: value.toString() };
}

export function encodeProperties(properties: Record<string, unknown>): Properties {
  const out: Properties = {};
  for (const [key, value] of Object.entries(properties)) out[key] = encodeValue(value);
  return out;
}

export function nodeToJson(node: Node): GraphNode {
  return { id: node.elementId, labels: [...node.labels], properties: encodeProperties(node.properties) };
}

export function relationshipToJson(rel: Relationship): GraphRelationship {
  return {
    id: rel.elementId,
    type: rel.type,
    start: rel.startNodeElementId,
    end: rel.endNodeElementId,
    properties: encodeProperties(rel.properties),
  };
}

/** Encodes any driver value; nodes, relationships and paths become their JSON shapes. */
export function encodeValue(value: unknown): JsonValue {
  if (value === null || value === undefined) return null;
  if (typeof value === "string" || typeof value === "boolean") return value;
  if (typeof value === "number") return encodeNumber(value);
  if (typeof value === "bigint") {
    return Number.isSafeInteger(Number(value))
      ? Number(value)
      : { $type: "integer", value: value.toString() };
  }
  if (neo4j.isInt(value)) return encodeInteger(value as Integer);
  if (Array.isArray(value)) return value.map(encodeValue);
  if (isNode(value)) return nodeToJson(value as Node) as unknown as JsonValue;
  if (isRelationship(value)) return relationshipToJson(value as Relationship) as unknown as JsonValue;
  if (isPath(value)) {
    const path = value as Path;
    return {
      start: nodeToJson(path.start),
      end: nodeToJson(path.end),
      segments: path.segments.map((s) => ({
        start: nodeToJson(s.start),
        relationship: relationshipToJson(s.relationship),
        end: nodeToJson(s.end),
      })),
    } as unknown as JsonValue;
  }
  if (isDate(value)) return { $type: "date", value: value.toString() };
  if (isDateTime(value)) return { $type: "datetime", value: value.toString() };
  if (isLocalDateTime(value)) return { $type: "localdatetime", value: value.toString() };
  if (isTime(value)) return { $type: "time", value: value.toString() };
  if (isLocalTime(value)) return { $type: "localtime", value: value.toString() };
  if (isDuration(value)) return { $type: "duration", value: value.toString() };
  if (isPoint(value)) {
    const p = value as { srid: unknown; x: number; y: number; z?: number };
    const srid = neo4j.isInt(p.srid) ? (p.srid as Integer).toNumber() : Number(p.srid);
    return { $type: "point", srid, x: p.x, y: p.y, ...(p.z === undefined ? {} : { z: p.z }) };
  }
  if (value instanceof Uint8Array) return { $type: "bytes", value: Buffer.from(value).toString("base64") };
  if (typeof value === "object") {
    const map: Record<string, JsonValue> = {};
    for (const [k, v] of Object.entries(value as Record<string, unknown>)) map[k] = encodeValue(v);
    return "$type" in map ? { $type: "map", value: map } : map;
  }
  return String(value);
}

/** Collects every node and relationship inside a value (lists, maps and paths included). */
export function collectGraph(value: unknown, into: GraphAccumulator): void {
  if (value === null || value === undefined) return;
  if (isNode(value)) into.addNode(nodeToJson(value as Node));
  else if (isRelationship(value)) into.addRelationship(relationshipToJson(value as Relationship));
  else if (isPath(value)) {
    const path = value as Path;
    into.addNode(nodeToJson(path.start));
    for (const segment of path.segments) collectGraph(segment, into);
  } else if (isPathSegment(value)) {
    const s = value as { start: Node; relationship: Relationship; end: Node };
    into.addNode(nodeToJson(s.start));
    into.addNode(nodeToJson(s.end));
    into.addRelationship(relationshipToJson(s.relationship));
  } else if (Array.isArray(value)) for (const v of value) collectGraph(v, into);
  else if (
    typeof value === "object" &&
    !neo4j.isInt(value) &&
    Object.getPrototypeOf(value) === Object.prototype
  ) {
    for (const v of Object.values(value as Record<string, unknown>)) collectGraph(v, into);
  }
}

/** Deduplicates nodes and relationships by id, keeping first-seen order. */
export class GraphAccumulator {
  private readonly nodes = new Map<string, GraphNode>();
  private readonly relationships = new Map<string, GraphRelationship>();

  addNode(node: GraphNode): void {
    if (!this.nodes.has(node.id)) this.nodes.set(node.id, node);
  }

  addRelationship(rel: GraphRelationship): void {
    if (!this.relationships.has(rel.id)) this.relationships.set(rel.id, rel);
  }

  get nodeCount(): number {
    return this.nodes.size;
  }

  toJson(): GraphJson {
    return { nodes: [...this.nodes.values()], relationships: [...this.relationships.values()] };
  }
}
