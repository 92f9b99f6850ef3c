import type { GraphRelationship } from "../../../../graph/model/graphJson.ts";

/** The highest "at least N independent sources" the filter offers; 1 is no filter. */
export const MIN_SOURCES_MAX = 5;

/** The filter's part of the query string: `sources=N` when N is above 1. */
export function encodeMinSources(min: number, params: URLSearchParams): void {
  if (min > 1) params.set("sources", String(min));
}

/**
 * The minimum a query string asks for. A value that is not a whole number
 * from 1 to MIN_SOURCES_MAX gives no filter and the sentence saying so.
 */
export function decodeMinSources(search: string): { min: number; problem: string | null } {
  const value = new URLSearchParams(search).get("sources")?.trim();
  if (!value) return { min: 1, problem: null };
  const min = Number(value);
  if (!/^\d+$/.test(value) || min < 1 || min > MIN_SOURCES_MAX)
    return {
      min: 1,
      problem: `The link's sources filter was not used: sources=${JSON.stringify(value)} is not a whole number from 1 to ${MIN_SOURCES_MAX}.`,
    };
  return { min, problem: null };
}

/**
 * The relationships the filter hides: those that state a fact counted from
 * fewer than `min` independent sources. A relationship that states no fact
 * (no `sources` count) stays shown.
 */
export function sourcesHidden(
  relationships: Record<string, GraphRelationship>,
  min: number,
): ReadonlySet<string> {
  const hidden = new Set<string>();
  if (min <= 1) return hidden;
  for (const rel of Object.values(relationships)) {
    if (rel.sources !== undefined && rel.sources < min) hidden.add(rel.id);
  }
  return hidden;
}
