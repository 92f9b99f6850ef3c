import neo4j from "neo4j-driver";
import { QueryError } from "./queryError.ts";

/**
 * Query parameters from JSON to driver values. A whole number becomes INTEGER
 * (a JS number would reach Neo4j as FLOAT and break `LIMIT $n`); the tagged
 * forms of graph/model/graphJson.ts carry big integers and whole floats.
 */
export function toQueryParams(params: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(params).map(([k, v]) => [k, convert(v, `$${k}`, 1)]));
}

/**
 * Deeper values overflow the driver's recursive encoder (a stack overflow,
 * not an answer); no graph value needs this many levels.
 */
export const MAX_PARAM_DEPTH = 100;

function convert(value: unknown, where: string, depth: number): unknown {
  if (depth > MAX_PARAM_DEPTH) {
    throw new QueryError(
      400,
      "invalid",
      `The parameter ${where.split(/[.[]/)[0]} nests lists and maps deeper than ${MAX_PARAM_DEPTH} levels, which parameters do not take.`,
    );
  }
  if (typeof value === "number") return Number.isInteger(value) ? neo4j.int(value) : value;
  if (Array.isArray(value)) return value.map((item, i) => convert(item, `${where}[${i}]`, depth + 1));
  if (value !== null && typeof value === "object") {
    const tagged = value as { $type?: unknown; value?: unknown };
    if (typeof tagged.$type === "string") {
      if (tagged.$type === "integer" && typeof tagged.value === "string" && /^-?\d+$/.test(tagged.value)) {
        return neo4j.int(tagged.value);
      }
      if (tagged.$type === "float" && typeof tagged.value === "number") return tagged.value;
      if (tagged.$type === "map" && tagged.value !== null && typeof tagged.value === "object") {
        return convertMap(tagged.value as Record<string, unknown>, where, depth);
      }
      throw new QueryError(
        400,
        "invalid",
        `The parameter ${where} is a {"$type": ${JSON.stringify(tagged.$type)}} value, which parameters do not take: pass a string and convert it in the query (for example date($d)).`,
      );
    }
    return convertMap(value as Record<string, unknown>, where, depth);
  }
  return value;
}

function convertMap(map: Record<string, unknown>, where: string, depth: number): Record<string, unknown> {
  return Object.fromEntries(Object.entries(map).map(([k, v]) => [k, convert(v, `${where}.${k}`, depth + 1)]));
}
