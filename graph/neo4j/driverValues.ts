import neo4j from "neo4j-driver";
import type { StoredValue } from "../model/values.ts";

/**
 * Driver values for stored values: whole numbers become Neo4j INTEGER (a JS
 * number would be sent as FLOAT), full dates become DATE, locations a WGS-84 POINT.
 */
export function toDriverValue(value: StoredValue): unknown {
  if (typeof value === "number") return Number.isInteger(value) ? neo4j.int(value) : value;
  if (Array.isArray(value)) {
    const numbers = value as unknown[];
    if (numbers.length > 0 && numbers.every((n) => typeof n === "number" && Number.isInteger(n))) {
      return (numbers as number[]).map((n) => neo4j.int(n));
    }
    return value;
  }
  if (typeof value === "object" && value.kind === "point") {
    // SRID 4326 is WGS-84 in degrees; x is the longitude.
    return new neo4j.types.Point(4326, value.lon, value.lat);
  }
  if (typeof value === "object") {
    const [y, m, d] = value.iso.split("-").map(Number);
    return new neo4j.types.Date(y ?? 0, m ?? 1, d ?? 1);
  }
  return value;
}

export function toDriverProperties(properties: Record<string, StoredValue>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(properties).map(([k, v]) => [k, toDriverValue(v)]));
}
