import { createHash } from "node:crypto";
import type { JsonValue } from "../model/graphJson.ts";

type JsonMap = { [key: string]: JsonValue };

const isMap = (v: JsonValue | undefined): v is JsonMap =>
  typeof v === "object" && v !== null && !Array.isArray(v);
const text = (v: JsonValue | undefined) => (typeof v === "string" ? v : null);

/**
 * A workbench value with each node and relationship reduced to its stable key
 * and name: element ids change when an article is loaded again, and a row that
 * only changed them is not new. It also keeps an alert small (no article text).
 */
export function compactValue(value: JsonValue): JsonValue {
  if (Array.isArray(value)) return value.map(compactValue);
  if (!isMap(value) || "$type" in value) return value;
  const properties = value.properties as JsonMap | undefined;
  if (isMap(properties) && Array.isArray(value.labels)) {
    return {
      labels: value.labels,
      key: text(properties.id) ?? text(properties.slug),
      name: text(properties.name) ?? text(properties.title),
    };
  }
  if (isMap(properties) && typeof value.type === "string" && "start" in value) {
    return { type: value.type, key: text(properties.id), article: text(properties.article) };
  }
  if (isMap(value.start) && Array.isArray(value.segments)) {
    return {
      path: value.segments.map((s) => (isMap(s) ? compactValue((s as JsonMap).relationship ?? null) : null)),
    };
  }
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, compactValue(v)]));
}

/** What tells a row from another: 16 hex digits of the SHA-256 of its compact JSON. */
export function rowHash(row: JsonValue[]): string {
  return createHash("sha256").update(JSON.stringify(row)).digest("hex").slice(0, 16);
}
