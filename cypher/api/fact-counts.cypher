// For each of the relationships that states a fact (has an `article`): how many articles state
// that fact (same start, type and end) and from how many independent sources (distinct origins,
// counted as in relationship-sources.cypher). Relationships without an `article` are left out.
// The relationships are grouped by fact first, so that a fact stated in many articles (a hub's
// parallel relationships) is counted once, not once per relationship that states it.
MATCH (x)-[r]->(y)
WHERE elementId(r) IN $ids AND r.article IS NOT NULL
WITH x, type(r) AS relType, y, collect(elementId(r)) AS stating
CALL (x, relType, y) {
  MATCH (x)-[q]->(y)
  WHERE type(q) = relType AND q.article IS NOT NULL
  WITH DISTINCT q.article AS slug
  MATCH (a:Article {slug: slug})
  RETURN count(a) AS articles,
         count(DISTINCT coalesce(a.origin, 'article:' + a.slug)) AS sources
}
UNWIND stating AS id
RETURN id, articles, sources
