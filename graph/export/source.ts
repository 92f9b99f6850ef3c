import type { GraphJson, GraphNode, GraphRelationship } from "../model/graphJson.ts";

/**
 * What the writers read. Nodes and relationships are GraphJson items; from the
 * explorer they also carry how they are drawn (position, size, colour, caption),
 * which the formats that can hold it (JSON, GEXF, GraphML) keep.
 */
export interface NodeLook {
  x?: number;
  y?: number;
  size?: number;
  color?: string;
  label?: string;
}

export interface ExportNode extends GraphNode {
  look?: NodeLook;
}

export interface ExportRelationship extends GraphRelationship {
  look?: Omit<NodeLook, "x" | "y">;
}

/**
 * A graph that can be read more than once (formats that declare their columns
 * or keys up front read it twice). Every relationship's ends are among the
 * nodes; nodes come before relationships.
 */
export interface GraphSource {
  nodes(): AsyncIterable<ExportNode>;
  relationships(): AsyncIterable<ExportRelationship>;
}

/** A source over arrays already in memory (the browser, tests). */
export function arraySource(
  graph: GraphJson | { nodes: ExportNode[]; relationships: ExportRelationship[] },
): GraphSource {
  return {
    async *nodes() {
      yield* graph.nodes;
    },
    async *relationships() {
      yield* graph.relationships;
    },
  };
}

/** Joins small strings into chunks of about `size` characters, so that sinks see few writes. */
export async function* chunked(parts: AsyncIterable<string>, size = 64 * 1024): AsyncGenerator<string> {
  let buffer: string[] = [];
  let length = 0;
  for await (const part of parts) {
    buffer.push(part);
    length += part.length;
    if (length >= size) {
      yield buffer.join("");
      buffer = [];
      length = 0;
    }
  }
  if (length > 0) yield buffer.join("");
}
