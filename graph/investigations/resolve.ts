import type { Node, Relationship } from "neo4j-driver";
import {
  INVESTIGATION_LIMITS,
  type InvestigationView,
  type OpenedInvestigation,
  type RelationshipKey,
} from "../contract/investigations.ts";
import type { Database } from "../db/database.ts";
import type { GraphNode, GraphRelationship } from "../model/graphJson.ts";
import { toDriverValue } from "../neo4j/driverValues.ts";
import { nodeToJson, relationshipToJson } from "../neo4j/records.ts";
import type { StoredInvestigation } from "./files.ts";
import { keyText, nodeKey, relationshipKey } from "./keys.ts";

/** The graph as it is now around a saved view: its nodes by key, and the relationships among them. */
interface Around {
  byKey: Map<string, GraphNode>;
  byElementId: Map<string, GraphNode>;
  relationships: GraphRelationship[];
  keyOf(rel: GraphRelationship): RelationshipKey;
}

/** Reads today's nodes of the view (by stable key, keyless ones by element id) and the relationships among them. */
export async function graphAround(db: Database, view: Pick<InvestigationView, "nodes">): Promise<Around> {
  const keys = view.nodes.flatMap((n) => (n.key === null ? [] : [n.key]));
  const elementIds = view.nodes.flatMap((n) => (n.key === null ? [n.elementId] : []));
  const [row] = await db.read("api/investigation-graph", {
    keys,
    elementIds,
    relationshipLimit: toDriverValue(INVESTIGATION_LIMITS.relationships * 5),
  });
  const nodes = ((row?.get("nodes") as Node[] | undefined) ?? []).map(nodeToJson);
  const relationships = ((row?.get("relationships") as Relationship[] | undefined) ?? []).map(
    relationshipToJson,
  );
  const byKey = new Map<string, GraphNode>();
  const byElementId = new Map<string, GraphNode>();
  const endKeys = new Map<string, string>();
  for (const node of nodes) {
    const key = nodeKey(node);
    if (key === null) byElementId.set(node.id, node);
    else byKey.set(key, node);
    endKeys.set(node.id, key ?? node.id);
  }
  return {
    byKey,
    byElementId,
    relationships,
    keyOf: (rel) => relationshipKey(rel, (id) => endKeys.get(id) ?? id),
  };
}

/**
 * A stored investigation against the graph as it is now: today's node and
 * relationship for each saved one, the nodes that are gone (with the entity
 * each was merged into, when a merge took it), and the relationships among
 * its nodes that were not there when it was saved.
 */
export async function openInvestigation(
  db: Database,
  stored: StoredInvestigation,
  /** Dropped entity id → the name of the entity it was merged into. */
  mergedInto: ReadonlyMap<string, string>,
): Promise<OpenedInvestigation> {
  const { view, known } = stored.investigation;
  const around = await graphAround(db, view);
  const nodes: Record<string, GraphNode> = {};
  const missing: OpenedInvestigation["missing"] = [];
  for (const saved of view.nodes) {
    const found = saved.key === null ? around.byElementId.get(saved.elementId) : around.byKey.get(saved.key);
    if (found) nodes[saved.elementId] = found;
    else {
      const merged = saved.key === null ? undefined : mergedInto.get(saved.key);
      missing.push({
        elementId: saved.elementId,
        key: saved.key,
        caption: saved.caption,
        mergedInto: merged ?? null,
      });
    }
  }
  // Today's relationships by what they state; several may state the same (parallel ones).
  const byStatement = new Map<string, GraphRelationship[]>();
  for (const rel of around.relationships) {
    const text = keyText(around.keyOf(rel));
    byStatement.set(text, [...(byStatement.get(text) ?? []), rel]);
  }
  const resolvedKeys = new Set(view.nodes.filter((n) => nodes[n.elementId]).map((n) => n.key ?? n.elementId));
  const stillThere = (key: string) => resolvedKeys.has(key);
  const relationships: Record<string, GraphRelationship> = {};
  const taken = new Set<string>();
  let missingRelationships = 0;
  for (const saved of view.relationships) {
    const found = byStatement.get(keyText(saved))?.find((r) => !taken.has(r.id));
    if (found) {
      relationships[saved.elementId] = found;
      taken.add(found.id);
    } else if (stillThere(saved.start) && stillThere(saved.end)) {
      // One whose end is gone goes with it, and the notice names that end already.
      missingRelationships += 1;
    }
  }
  const knownTexts = new Set([...known, ...view.relationships].map(keyText));
  const newRelationships = around.relationships.filter(
    (r) => !taken.has(r.id) && !knownTexts.has(keyText(around.keyOf(r))),
  );
  return {
    investigation: stored.investigation,
    revision: stored.revision,
    nodes,
    relationships,
    missing,
    missingRelationships,
    newRelationships,
  };
}
