// Nodes and relationships by element id, whole (each id is a seek, whatever the graph's size).
CALL () {
  MATCH (n)
  WHERE elementId(n) IN $nodeIds
  RETURN collect(n) AS nodes
}
CALL () {
  MATCH ()-[r]->()
  WHERE elementId(r) IN $relationshipIds
  RETURN collect(r) AS relationships
}
RETURN nodes, relationships
