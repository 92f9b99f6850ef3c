// For each relationship of a brief (by element id): every relationship stating the same fact (same
// start, type and end, each naming an article) with its quotes and article, and how many
// independent sources state it (reprints and wire copies of one story count once).
UNWIND $ids AS id
MATCH (x)-[r0]->(y)
WHERE elementId(r0) = id
CALL (x, r0, y) {
  OPTIONAL MATCH (x)-[r]->(y)
  WHERE type(r) = type(r0) AND r.article IS NOT NULL
  OPTIONAL MATCH (a:Article {slug: r.article})
  WITH r, a
  ORDER BY a.published IS NULL, a.published, a.slug
  RETURN [s IN collect(CASE WHEN a IS NULL THEN null ELSE {quotes: r.evidence, slug: a.slug, title: a.title,
           publisher: a.publisher, published: toString(a.published)} END) WHERE s IS NOT NULL] AS statements,
         count(DISTINCT coalesce(a.origin, 'article:' + a.slug)) AS sources
}
RETURN id, statements, sources
