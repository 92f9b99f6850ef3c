import type { JsonValue } from "../model/graphJson.ts";
import { cypherLiteral, cypherMap, cypherName } from "./cypherLiteral.ts";
import type { ExportNode, GraphSource } from "./source.ts";

/**
 * A Cypher script that recreates the graph with MERGE, so running it twice
 * changes nothing the second time. Each node is merged on a stable key: the
 * loader's keys first (Entity.id, Article.slug, Sentence.id), then any `id`
 * property under the node's first label (sorted), and otherwise its source
 * elementId kept in the property `dossierSourceId`. Each key gets a uniqueness
 * constraint before the first statement that merges on it. Relationships are
 * merged between their ends on their `id` property when they have one, else
 * as the one relationship of their type between those two nodes. Statements
 * take UNWIND batches of literal rows and end with ";" at the end of a line.
 */
export const SCRIPT_HEADER = "// Dossier Cypher export (dossier-script 1)";
export const SOURCE_ID_PROPERTY = "dossierSourceId";
const LOADER_KEYS: readonly (readonly [string, string])[] = [
  ["Entity", "id"],
  ["Article", "slug"],
  ["Sentence", "id"],
];

interface NodeKey {
  label: string | null;
  property: string;
  /** The key value as a Cypher literal. */
  literal: string;
}

function isKeyValue(value: JsonValue | undefined): value is JsonValue {
  if (typeof value === "string") return true;
  if (typeof value === "number") return Number.isInteger(value);
  return (
    typeof value === "object" &&
    value !== null &&
    !Array.isArray(value) &&
    (value as { $type?: unknown }).$type === "integer"
  );
}

export function nodeKey(node: ExportNode): NodeKey {
  for (const [label, property] of LOADER_KEYS) {
    const value = node.properties[property];
    if (node.labels.includes(label) && isKeyValue(value)) {
      return { label, property, literal: cypherLiteral(value) };
    }
  }
  const first = [...node.labels].sort()[0] ?? null;
  const id = node.properties.id;
  if (first !== null && isKeyValue(id)) return { label: first, property: "id", literal: cypherLiteral(id) };
  return { label: first, property: SOURCE_ID_PROPERTY, literal: cypherLiteral(node.id) };
}

function nodePattern(variable: string, label: string | null, property: string, value: string): string {
  return `(${variable}${label === null ? "" : `:${cypherName(label)}`} {${cypherName(property)}: ${value}})`;
}

function constraintFor(key: Pick<NodeKey, "label" | "property">): string | null {
  if (key.label === null) return null;
  return `CREATE CONSTRAINT IF NOT EXISTS FOR (n:${cypherName(key.label)}) REQUIRE n.${cypherName(key.property)} IS UNIQUE;\n`;
}

function nodeStatement(key: Pick<NodeKey, "label" | "property">, rows: string[]): string {
  const lines = [
    "UNWIND [",
    rows.join(",\n"),
    "] AS row",
    `MERGE ${nodePattern("n", key.label, key.property, "row.k")}`,
    key.property === SOURCE_ID_PROPERTY
      ? `SET n = row.p, n.${cypherName(SOURCE_ID_PROPERTY)} = row.k`
      : "SET n = row.p",
  ];
  if (key.label !== null) lines.push("SET n:$(row.l)");
  return `${lines.join("\n")};\n`;
}

interface RelGroup {
  start: Pick<NodeKey, "label" | "property">;
  end: Pick<NodeKey, "label" | "property">;
  withId: boolean;
}

function relStatement(group: RelGroup, rows: string[]): string {
  // The type is dynamic so that one statement (and one query plan) serves every type.
  const merge = group.withId ? "MERGE (a)-[r:$(row.t) {`id`: row.k}]->(b)" : "MERGE (a)-[r:$(row.t)]->(b)";
  return `${[
    "UNWIND [",
    rows.join(",\n"),
    "] AS row",
    `MATCH ${nodePattern("a", group.start.label, group.start.property, "row.s")}`,
    `MATCH ${nodePattern("b", group.end.label, group.end.property, "row.e")}`,
    merge,
    "SET r = row.p",
  ].join("\n")};\n`;
}

export interface CypherScriptOptions {
  /** Rows per UNWIND statement. */
  batchSize?: number;
}

/**
 * Streams the script. Memory: one key per node (to address relationship
 * ends) and at most `batchSize` pending rows per statement shape.
 */
export async function* writeCypherScript(
  source: GraphSource,
  options: CypherScriptOptions = {},
): AsyncGenerator<string> {
  const batchSize = options.batchSize ?? 500;
  yield `${SCRIPT_HEADER}: recreates nodes and relationships with MERGE; running it again adds nothing.\n`;
  yield "// Run it with `npm run import -- <file>` or `cypher-shell -f <file>`.\n";
  const keys = new Map<string, NodeKey>();
  const constrained = new Set<string>();
  const pending = new Map<string, { key: Pick<NodeKey, "label" | "property">; rows: string[] }>();
  for await (const node of source.nodes()) {
    const key = nodeKey(node);
    keys.set(node.id, key);
    const group = `${key.label ?? ""}\u0000${key.property}`;
    if (!constrained.has(group)) {
      constrained.add(group);
      const constraint = constraintFor(key);
      if (constraint) yield constraint;
    }
    let batch = pending.get(group);
    if (!batch) {
      batch = { key, rows: [] };
      pending.set(group, batch);
    }
    batch.rows.push(
      `{k: ${key.literal}, l: ${cypherLiteral(node.labels)}, p: ${cypherMap(node.properties)}}`,
    );
    if (batch.rows.length >= batchSize) {
      yield nodeStatement(batch.key, batch.rows);
      batch.rows = [];
    }
  }
  for (const batch of pending.values()) if (batch.rows.length > 0) yield nodeStatement(batch.key, batch.rows);

  const relPending = new Map<string, { group: RelGroup; rows: string[] }>();
  for await (const rel of source.relationships()) {
    const start = keys.get(rel.start);
    const end = keys.get(rel.end);
    if (!start || !end)
      throw new Error(`Relationship ${rel.id} has an end that is not among the exported nodes.`);
    const id = rel.properties.id;
    const withId = isKeyValue(id);
    const name = [start.label, start.property, end.label, end.property, withId].join("\u0000");
    let batch = relPending.get(name);
    if (!batch) {
      batch = { group: { start, end, withId }, rows: [] };
      relPending.set(name, batch);
    }
    const k = withId ? `, k: ${cypherLiteral(id)}` : "";
    batch.rows.push(
      `{s: ${start.literal}, e: ${end.literal}, t: ${cypherLiteral(rel.type)}${k}, p: ${cypherMap(rel.properties)}}`,
    );
    if (batch.rows.length >= batchSize) {
      yield relStatement(batch.group, batch.rows);
      batch.rows = [];
    }
  }
  for (const batch of relPending.values())
    if (batch.rows.length > 0) yield relStatement(batch.group, batch.rows);
}
