import neo4j from "neo4j-driver";

/** A driver INTEGER (or number) as a JS number; null and missing as the fallback. */
export function toNumber(value: unknown, fallback = 0): number {
  if (value === null || value === undefined) return fallback;
  if (neo4j.isInt(value)) return (value as { toNumber(): number }).toNumber();
  return Number(value);
}

export function toNumbers(value: unknown): number[] {
  return Array.isArray(value) ? value.map((v) => toNumber(v)) : [];
}

/** A stored DATE (or any value) as text; null stays null. */
export function toText(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  return String(value);
}

/** A whole number as a Neo4j INTEGER parameter (a JS number is sent as FLOAT). */
export function int(n: number): ReturnType<typeof neo4j.int> {
  return neo4j.int(n);
}
