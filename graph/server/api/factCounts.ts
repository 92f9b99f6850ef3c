import type { GraphRelationship } from "../../model/graphJson.ts";
import type { Database } from "../../db/database.ts";
import { toNumber } from "./numbers.ts";

/**
 * The relationships with, on each that states a fact, the fact's `articles`
 * and independent `sources` (cypher/api/fact-counts.cypher, one statement for
 * the whole list); the others come back as they were.
 */
export async function withFactCounts<R extends GraphRelationship>(
  db: Database,
  relationships: R[],
): Promise<R[]> {
  const ids = relationships.filter((r) => r.properties.article !== undefined).map((r) => r.id);
  if (ids.length === 0) return relationships;
  const rows = await db.read("api/fact-counts", { ids });
  const counts = new Map(
    rows.map((row) => [
      String(row.get("id")),
      { articles: toNumber(row.get("articles")), sources: toNumber(row.get("sources")) },
    ]),
  );
  return relationships.map((r) => {
    const counted = counts.get(r.id);
    return counted ? { ...r, ...counted } : r;
  });
}
