import type { ExportNode, ExportRelationship, GraphSource } from "./source.ts";

/**
 * graphology's serialisation format (`graph.export()` / `Graph.from()`):
 * node attributes are those of the explorer's view (`labels`, `properties`,
 * and `x`, `y`, `size`, `color`, `label` when drawn), edge attributes
 * `relType` and `properties`; property values keep their JsonValue encoding.
 */
export async function* writeJson(source: GraphSource): AsyncGenerator<string> {
  yield '{"attributes":{"name":"Dossier export"},"options":{"type":"directed","multi":true,"allowSelfLoops":true},"nodes":[';
  let first = true;
  for await (const node of source.nodes()) {
    yield (first ? "\n" : ",\n") + JSON.stringify(nodeEntry(node));
    first = false;
  }
  yield '\n],"edges":[';
  first = true;
  for await (const rel of source.relationships()) {
    yield (first ? "\n" : ",\n") + JSON.stringify(edgeEntry(rel));
    first = false;
  }
  yield "\n]}\n";
}

function nodeEntry(node: ExportNode) {
  return {
    key: node.id,
    attributes: { ...node.look, labels: node.labels, properties: node.properties },
  };
}

function edgeEntry(rel: ExportRelationship) {
  return {
    key: rel.id,
    source: rel.start,
    target: rel.end,
    attributes: { ...rel.look, relType: rel.type, properties: rel.properties },
  };
}
