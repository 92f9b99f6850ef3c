// For each of the relationships that states a fact (has an `article`): how many articles state
// that fact (same start, type and end) and from how many independent sources (distinct origins,
// counted as in relationship-sources.cypher). Relationships without an `article` are left out.
MATCH (x)-[r]->(y)
WHERE elementId(r) IN $ids AND r.article IS NOT NULL
CALL (x, r, y) {
  MATCH (x)-[q]->(y)
  WHERE type(q) = type(r) AND q.article IS NOT NULL
  MATCH (a:Article {slug: q.article})
  RETURN count(DISTINCT a) AS articles,
         count(DISTINCT coalesce(a.origin, 'article:' + a.slug)) AS sources
}
RETURN elementId(r) AS id, articles, sources
