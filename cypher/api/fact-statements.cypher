// Every relationship stating the same fact (same start, type and end, each naming an article) as
// one of the given relationships; a given relationship that states no fact comes alone.
MATCH (x)-[r]->(y)
WHERE elementId(r) IN $ids
CALL (x, r, y) {
  WITH r WHERE r.article IS NULL
  RETURN r AS q
  UNION
  MATCH (x)-[q]->(y)
  WHERE r.article IS NOT NULL AND type(q) = type(r) AND q.article IS NOT NULL
  RETURN q
}
RETURN elementId(r) AS id, collect(q) AS statements
