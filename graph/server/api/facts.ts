import type { GraphRelationship, StatedWhen } from "../../model/graphJson.ts";
import type { Database } from "../../db/database.ts";
import { LIGHT_PROPERTIES } from "../../contract/lightProperties.ts";
import { type ProjectedRelationship, projectedRelationshipToJson } from "../../neo4j/projected.ts";
import { toNumber } from "./numbers.ts";

/** An answer's relationships drawn one per fact, and which edge each relationship it had became. */
export interface Facts {
  relationships: GraphRelationship[];
  /** The edge a relationship of the answer is drawn as (itself when it states no fact). */
  edgeOf(id: string): string;
  /** A relationship of the answer as itself, with its fact's counts when it states one. */
  counted(relationship: GraphRelationship): GraphRelationship;
}

/** The stated list of cypher/api/facts.cypher: per article, its statements' `when` texts and its publication day or "". */
type StatedRow = [string[], string];

/** A `when` text with its pairs in key order (Cypher lists a relationship's keys in no set order). */
const inKeyOrder = (when: string) =>
  when
    .split(";")
    .filter((pair) => pair !== "")
    .sort()
    .join(";");

/**
 * The ways a fact's statements are dated, each once with the earliest report
 * ("" sorts first: an undated article is never after an as-of day).
 */
function statedWhen(rows: StatedRow[]): StatedWhen[] {
  const earliest = new Map<string, string>();
  for (const [whens, reported] of rows) {
    for (const when of whens) {
      const key = inKeyOrder(when);
      const known = earliest.get(key);
      if (known === undefined || reported < known) earliest.set(key, reported);
    }
  }
  return [...earliest.entries()];
}

/**
 * The relationships as the explorer draws them: each that states a fact (has
 * an `article`) becomes the fact's one edge, with the fact's `statements`,
 * `articles` and independent `sources`, and when it has several statements,
 * their dates (`stated`); cypher/api/facts.cypher, one statement for the whole
 * list. Two relationships of one fact give one edge. The others come back as
 * they were. `full` keeps every property of the edge's relationship, else the
 * light ones (graph/contract/lightProperties.ts).
 */
export async function asFacts(
  db: Database,
  relationships: readonly GraphRelationship[],
  { full }: { full: boolean },
): Promise<Facts> {
  const ids = relationships.filter((r) => r.properties.article !== undefined).map((r) => r.id);
  const rows = ids.length
    ? await db.read("api/facts", {
        ids,
        full,
        relationshipKeys: LIGHT_PROPERTIES.relationship,
        neverDates: LIGHT_PROPERTIES.relationshipNeverDates,
      })
    : [];
  const edges = new Map<string, string>();
  const factOf = new Map<string, GraphRelationship>();
  for (const row of rows) {
    const statements = toNumber(row.get("statements"));
    const fact: GraphRelationship = {
      ...projectedRelationshipToJson(row.get("fact") as ProjectedRelationship),
      articles: toNumber(row.get("articles")),
      sources: toNumber(row.get("sources")),
      statements,
      ...(statements > 1 ? { stated: statedWhen(row.get("stated") as StatedRow[]) } : {}),
    };
    factOf.set(fact.id, fact);
    for (const id of row.get("stating") as string[]) edges.set(id, fact.id);
  }
  const seen = new Set<string>();
  const drawn: GraphRelationship[] = [];
  for (const r of relationships) {
    const id = edges.get(r.id) ?? r.id;
    if (seen.has(id)) continue;
    seen.add(id);
    drawn.push(factOf.get(id) ?? r);
  }
  const edgeOf = (id: string) => edges.get(id) ?? id;
  return {
    relationships: drawn,
    edgeOf,
    counted: (relationship) => {
      const fact = factOf.get(edgeOf(relationship.id));
      if (!fact) return relationship;
      const { articles, sources, statements } = fact;
      return { ...relationship, articles, sources, statements };
    },
  };
}
