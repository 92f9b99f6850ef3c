import type { JsonValue } from "../model/graphJson.ts";

/** An entity in a query alert's row, as rows.ts keeps it: its labels, stable id and name. */
export interface RowEntity {
  labels: string[];
  key: string;
  name: string | null;
}

/** The entity a compacted row value is, or null (another node, a relationship, a scalar, a list...). */
export function asRowEntity(value: JsonValue | undefined): RowEntity | null {
  if (typeof value !== "object" || value === null || Array.isArray(value) || "$type" in value) return null;
  const { labels, key, name } = value;
  if (!Array.isArray(labels) || !labels.includes("Entity") || typeof key !== "string") return null;
  return {
    labels: labels.filter((l): l is string => typeof l === "string"),
    key,
    name: typeof name === "string" ? name : null,
  };
}

/** The stable ids of the entities a query alert's rows hold, in lists and maps too, each once. */
export function rowEntityKeys(rows: readonly JsonValue[][], max: number): string[] {
  const keys = new Set<string>();
  const visit = (value: JsonValue): void => {
    if (keys.size >= max || typeof value !== "object" || value === null) return;
    const entity = asRowEntity(value);
    if (entity) keys.add(entity.key);
    else if (Array.isArray(value)) value.forEach(visit);
    else if (!("$type" in value)) Object.values(value).forEach(visit);
  };
  rows.forEach((row) => row.forEach(visit));
  return [...keys];
}
