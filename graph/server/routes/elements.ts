import type { FastifyInstance } from "fastify";
import type { Node, Relationship } from "neo4j-driver";
import { ROUTES } from "../../contract/routes.ts";
import type { Database } from "../../db/database.ts";
import { nodeToJson, relationshipToJson } from "../../neo4j/records.ts";
import { asFacts } from "../api/facts.ts";
import { isElementId, notFound } from "../api/ids.ts";
import { route } from "../route.ts";
import type { GraphRelationship } from "../../model/graphJson.ts";

function firstMissing(wanted: string[], found: { id: string }[]): string | undefined {
  const ids = new Set(found.map((f) => f.id));
  return wanted.find((id) => !ids.has(id));
}

/**
 * POST /api/graph/elements {nodeIds, relationshipIds}: those nodes and
 * relationships with every property, in one statement; an id that names
 * nothing (deleted since it was drawn, or not an element id) is a 404 naming it.
 * A relationship that states a fact carries the fact's `statements`,
 * `articles` and `sources` (graph/server/api/facts.ts); with `statements`, it
 * comes with every relationship stating that fact, each with those counts.
 */
export function elementRoutes(app: FastifyInstance, db: Database): void {
  route(app, ROUTES.elements, async ({ body }) => {
    const nodeIds = [...new Set(body.nodeIds)];
    const relationshipIds = [...new Set(body.relationshipIds)];
    for (const id of nodeIds) if (!isElementId(id)) throw notFound("node", id);
    for (const id of relationshipIds) if (!isElementId(id)) throw notFound("relationship", id);
    const [row] = await db.read("api/elements", { nodeIds, relationshipIds });
    const nodes = ((row?.get("nodes") as Node[] | undefined) ?? []).map(nodeToJson);
    const relationships = ((row?.get("relationships") as Relationship[] | undefined) ?? []).map(
      relationshipToJson,
    );
    const missingNode = firstMissing(nodeIds, nodes);
    if (missingNode !== undefined) throw notFound("node", missingNode);
    const missingRelationship = firstMissing(relationshipIds, relationships);
    if (missingRelationship !== undefined) throw notFound("relationship", missingRelationship);
    const facts = await asFacts(db, relationships, { full: true });
    if (!body.statements) return { nodes, relationships: relationships.map(facts.counted) };
    const rows = relationshipIds.length
      ? await db.read("api/fact-statements", { ids: relationshipIds })
      : [];
    const asked = new Map(relationships.map((r) => [r.id, facts.counted(r)]));
    const statements = new Map<string, GraphRelationship>();
    for (const row of rows) {
      const { articles, sources } = asked.get(String(row.get("id"))) ?? {};
      for (const r of row.get("statements") as Relationship[]) {
        const statement = relationshipToJson(r);
        statements.set(
          statement.id,
          articles === undefined ? statement : { ...statement, articles, sources },
        );
      }
    }
    return { nodes, relationships: [...statements.values()] };
  });
}
