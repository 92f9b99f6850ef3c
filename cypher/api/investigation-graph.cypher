// The nodes of a saved investigation by their stable keys (an entity's or a sentence's id, an
// article's slug: each a seek on its constraint) or, for a node that has none, its element id;
// and the relationships among them, at most $relationshipLimit.
CALL () {
  MATCH (n:Entity) WHERE n.id IN $keys RETURN n
  UNION
  MATCH (n:Sentence) WHERE n.id IN $keys RETURN n
  UNION
  MATCH (n:Article) WHERE n.slug IN $keys RETURN n
  UNION
  MATCH (n) WHERE elementId(n) IN $elementIds RETURN n
}
WITH collect(n) AS nodes
RETURN nodes, COLLECT {
  UNWIND nodes AS a
  MATCH (a)-[r]->(b)
  WHERE b IN nodes
  RETURN r
  LIMIT $relationshipLimit
} AS relationships
