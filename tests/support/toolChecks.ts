import { expect } from "vitest";
import type { GraphJson, JsonValue } from "../../graph/model/graphJson.ts";
import { type KindTable, attributeOf, properties, sortedGraph } from "./exportDecode.ts";
import type { GephiColumn, GephiGraph } from "./tools/gephi.ts";
import type { NetworkxGraph } from "./tools/networkx.ts";

/**
 * What a user checks after opening an export in Gephi or NetworkX, against the
 * graph that was exported. Known limits of the tools (README, Export) are
 * spelled out here: Gephi keeps one edge per type between two nodes and reads
 * an empty string as no value; NetworkX drops empty GraphML values.
 */

const isBig = (value: JsonValue): boolean =>
  Array.isArray(value)
    ? value.some(isBig)
    : typeof value === "object" && value !== null && "$type" in value && value.$type === "integer";

/** The column type Gephi gives each kind of property. */
function gephiType(kind: string, big: boolean, format: "graphml" | "gexf"): string {
  if (big || kind === "json") return "String";
  if (kind === "integer") return "Long";
  if (kind === "float") return "Double";
  if (kind === "boolean") return "Boolean";
  if (kind.startsWith("list<")) return format === "gexf" ? "String[]" : "String";
  return "String";
}

function expectColumns(
  columns: GephiColumn[],
  elements: { properties: Record<string, JsonValue> }[][],
  element: "node" | "edge",
  format: "graphml" | "gexf",
  kinds: Record<string, string>,
): void {
  const expected = new Map<string, { count: number; big: boolean }>();
  for (const group of elements) {
    const keys = new Set(group.flatMap((e) => Object.keys(e.properties)));
    for (const key of keys) {
      const values = group.map((e) => e.properties[key]).filter((v) => v !== undefined);
      const entry = expected.get(key) ?? { count: 0, big: false };
      // Gephi reads an empty string as no value.
      if (values.some((v) => v !== "")) entry.count += 1;
      if (values.some(isBig)) entry.big = true;
      expected.set(key, entry);
    }
  }
  const got = new Map(columns.filter((c) => !c.property).map((c) => [c.title, c]));
  for (const [key, { count, big }] of expected) {
    const column = got.get(attributeOf(key, element, format));
    expect(column, `${format} ${element} column for "${key}"`).toBeDefined();
    expect([key, column?.type, column?.count]).toEqual([
      key,
      gephiType(kinds[key] ?? "", big, format),
      count,
    ]);
  }
}

/** Counts and every property column (with its type and how many elements have a value) as Gephi shows them. */
export function expectGephiKeeps(
  gephi: GephiGraph,
  graph: GraphJson,
  kinds: KindTable,
  format: "graphml" | "gexf",
): void {
  const groups = new Map<string, GraphJson["relationships"]>();
  for (const rel of graph.relationships) {
    const key = `${rel.start}\u0000${rel.end}\u0000${rel.type}`;
    groups.set(key, [...(groups.get(key) ?? []), rel]);
  }
  expect(gephi.issues).toEqual([]);
  expect([gephi.nodes, gephi.edges]).toEqual([graph.nodes.length, groups.size]);
  expect(gephi.edgeTypes).toBe(new Set(graph.relationships.map((r) => r.type)).size);
  expectColumns(
    gephi.nodeColumns,
    graph.nodes.map((n) => [n]),
    "node",
    format,
    kinds.node,
  );
  expectColumns(gephi.edgeColumns, [...groups.values()], "edge", format, kinds.edge);
}

/** A graph as NetworkX read it, back to GraphJson with the exact kinds (what a Python user can rebuild). */
export function fromNetworkx(nx: NetworkxGraph, format: "graphml" | "gexf", kinds: KindTable): GraphJson {
  const listOf = (raw: unknown): string[] =>
    format === "gexf" ? (JSON.parse(String(raw)) as string[]) : String(raw).split(":").slice(1);
  const attributes = (data: Record<string, unknown>, element: "node" | "edge") => {
    const out: Record<string, unknown> = {};
    for (const [name, raw] of Object.entries(data)) {
      if (name === "viz") continue;
      const kind = kinds[element][name.replace(/^property:/, "")];
      // GEXF lists are liststring text, which NetworkX leaves as text.
      out[name] = format === "gexf" && kind?.startsWith("list<") ? JSON.parse(String(raw)) : raw;
    }
    return out;
  };
  return {
    nodes: Object.entries(nx.nodes).map(([id, data]) => ({
      id,
      labels: listOf(data.labels),
      properties: properties(attributes(data, "node"), "node", format, kinds.node),
    })),
    relationships: nx.edges.map(([start, end, key, data]) => ({
      id: key,
      type: String(data.relType),
      start,
      end,
      properties: properties(attributes(data, "edge"), "edge", format, kinds.edge),
    })),
  };
}

/** The graph without its empty-string properties (what NetworkX reads from GraphML). */
export function withoutEmptyStrings(graph: GraphJson): GraphJson {
  const drop = (p: Record<string, JsonValue>) =>
    Object.fromEntries(Object.entries(p).filter(([, v]) => v !== ""));
  return sortedGraph({
    nodes: graph.nodes.map((n) => ({ ...n, properties: drop(n.properties) })),
    relationships: graph.relationships.map((r) => ({ ...r, properties: drop(r.properties) })),
  });
}
