import type { Database } from "../../db/database.ts";
import { neo4jErrorKind } from "../../neo4j/errorKind.ts";
import { toNumber } from "./numbers.ts";

export interface StoreCounts {
  nodes: number;
  relationships: number;
  /** Sorted by name; only labels and types in use. */
  labels: { label: string; count: number }[];
  types: { type: string; count: number }[];
}

const byName = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Errors of a Neo4j that does not let this user call db.stats.retrieve (or does not have it). */
function refused(error: unknown): boolean {
  const kind = neo4jErrorKind(error);
  return kind === "forbidden" || kind === "statement";
}

/**
 * The graph's counts from Neo4j's count store (milliseconds at any size).
 * Where the procedure is refused (a user's own Neo4j with restricted
 * privileges), they are counted with one query per label and type instead,
 * which scans.
 */
export async function readGraphCounts(db: Database): Promise<StoreCounts> {
  try {
    const [row] = await db.read("api/count-store");
    const labels = (row?.get("labels") ?? []) as { label: string; count: unknown }[];
    const types = (row?.get("types") ?? []) as { type: string; count: unknown }[];
    return {
      nodes: toNumber(row?.get("nodes")),
      relationships: toNumber(row?.get("relationships")),
      labels: labels
        .map((l) => ({ label: l.label, count: toNumber(l.count) }))
        .sort((a, b) => byName(a.label, b.label)),
      types: types
        .map((t) => ({ type: t.type, count: toNumber(t.count) }))
        .sort((a, b) => byName(a.type, b.type)),
    };
  } catch (error) {
    if (!refused(error)) throw error;
  }
  const [[totals], labels, types] = await Promise.all([
    db.read("api/counts"),
    db.read("load/count-labels"),
    db.read("load/count-types"),
  ]);
  return {
    nodes: toNumber(totals?.get("nodes")),
    relationships: toNumber(totals?.get("relationships")),
    labels: labels.map((r) => ({ label: String(r.get("label")), count: toNumber(r.get("count")) })),
    types: types.map((r) => ({ type: String(r.get("type")), count: toNumber(r.get("count")) })),
  };
}
