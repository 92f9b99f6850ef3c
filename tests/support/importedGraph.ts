import type { Driver, Node, Relationship } from "neo4j-driver";
import type { GraphJson, JsonValue } from "../../graph/model/graphJson.ts";
import { nodeToJson, relationshipToJson } from "../../graph/neo4j/records.ts";
import { type KindTable, sortedGraph } from "./exportDecode.ts";

const SOURCE_ID = "dossierSourceId";

function exact(properties: Record<string, JsonValue>, kinds: Record<string, string>) {
  const out: Record<string, JsonValue> = {};
  for (const [key, value] of Object.entries(properties)) {
    if (key === SOURCE_ID) continue;
    const kind = kinds[key] ?? "string";
    // Keys neo4j-admin cannot type arrive as JSON text; propertytypes.json names their kind.
    out[key] = typeof value === "string" && kind !== "string" ? (JSON.parse(value) as JsonValue) : value;
  }
  return out;
}

/**
 * The graph in a store written by neo4j-admin from a CSV export, with the
 * source element ids (kept in `dossierSourceId`) as ids, for comparison with
 * the exported graph.
 */
export async function importedGraph(driver: Driver, kinds: KindTable): Promise<GraphJson> {
  const nodes = (await driver.executeQuery("MATCH (n) RETURN n")).records.map((r) =>
    nodeToJson(r.get("n") as Node),
  );
  const rels = (await driver.executeQuery("MATCH ()-[r]->() RETURN r")).records.map((r) =>
    relationshipToJson(r.get("r") as Relationship),
  );
  const sourceIds = new Map(nodes.map((n) => [n.id, String(n.properties[SOURCE_ID])]));
  return sortedGraph({
    nodes: nodes.map((n) => ({
      id: String(n.properties[SOURCE_ID]),
      labels: n.labels,
      properties: exact(n.properties, kinds.node),
    })),
    relationships: rels.map((r) => ({
      id: String(r.properties[SOURCE_ID]),
      type: r.type,
      start: sourceIds.get(r.start) ?? "",
      end: sourceIds.get(r.end) ?? "",
      properties: exact(r.properties, kinds.edge),
    })),
  });
}
