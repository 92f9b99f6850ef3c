import neo4j, { type Node, type Path, type Relationship, isNode, isPath, isRelationship } from "neo4j-driver";
import type { GraphNode, GraphRelationship } from "../model/graphJson.ts";
import { GraphAccumulator } from "../neo4j/records.ts";

/** An answer of the workbench holds about this many bytes of JSON at most (QUERY_MAX_BYTES). */
export const DEFAULT_MAX_BYTES = 16 * 1024 * 1024;

/** A number, boolean or null with its separator; the wrapping of a string, list or map. */
const PER_SCALAR = 8;
const PER_CONTAINER = 24;

/**
 * About how many bytes of JSON a driver value becomes, counted only until it
 * passes `budget`: a list of ten million numbers is judged after a few hundred
 * thousand of them instead of being encoded first. Hand-written because what
 * is measured is the driver's value before encoding, which no JSON-size
 * library walks, and the walk has to stop early.
 */
export function sizeUpTo(value: unknown, budget: number): number {
  let total = 0;
  const stack: unknown[] = [value];
  while (stack.length > 0 && total <= budget) {
    const item = stack.pop();
    if (item === null || typeof item !== "object" || neo4j.isInt(item)) {
      total += typeof item === "string" ? PER_CONTAINER + item.length : PER_SCALAR;
      continue;
    }
    total += PER_CONTAINER;
    if (Array.isArray(item)) {
      // Every item counts at least PER_SCALAR: a list too long for the budget is judged at once.
      if (total + item.length * PER_SCALAR > budget) return total + item.length * PER_SCALAR;
      for (const v of item) stack.push(v);
    } else if (item instanceof Uint8Array) total += Math.ceil((item.length * 4) / 3);
    else if (isNode(item)) {
      const node = item as Node;
      total += node.elementId.length + node.labels.join().length;
      stack.push(node.properties);
    } else if (isRelationship(item)) {
      const rel = item as Relationship;
      total += rel.elementId.length * 3 + rel.type.length;
      stack.push(rel.properties);
    } else if (isPath(item)) {
      const path = item as Path;
      stack.push(path.start, path.end);
      // Each segment is written with both its ends.
      for (const s of path.segments) stack.push(s.start, s.relationship, s.end);
    } else {
      for (const [k, v] of Object.entries(item)) {
        total += k.length;
        stack.push(v);
      }
    }
  }
  return total;
}

/**
 * The graph beside a result, cut at `maxNodes` nodes even inside one row
 * (`collect(n)` returns every node in a single row); relationships are kept
 * only when both their ends are. Counts the bytes of JSON it holds.
 */
export class BoundedGraph extends GraphAccumulator {
  private readonly ids = new Set<string>();
  cut = false;
  bytes = 0;

  constructor(private readonly maxNodes: number) {
    super();
  }

  override addNode(node: GraphNode): void {
    if (this.ids.has(node.id)) return;
    if (this.ids.size >= this.maxNodes) {
      this.cut = true;
      return;
    }
    this.ids.add(node.id);
    this.bytes += JSON.stringify(node).length + 1;
    super.addNode(node);
  }

  override addRelationship(rel: GraphRelationship): void {
    if (!this.ids.has(rel.start) || !this.ids.has(rel.end) || this.ids.has(rel.id)) return;
    this.ids.add(rel.id);
    this.bytes += JSON.stringify(rel).length + 1;
    super.addRelationship(rel);
  }
}
