// When the given entities were first reported (the earliest publication date of the articles
// that annotate them) and when the given articles were published. Undated articles (no published)
// are kept out: an entity named only by them, and such an article, have no report time.
CALL () {
  MATCH (a:Article)
  WHERE a.published IS NOT NULL
  UNWIND coalesce(a.entityIds, []) AS entityId
  WITH entityId, a
  WHERE entityId IN $entityIds
  RETURN 'entity' AS kind, entityId AS key, min(toString(a.published)) AS published
  UNION ALL
  MATCH (a:Article)
  WHERE a.slug IN $slugs AND a.published IS NOT NULL
  RETURN 'article' AS kind, a.slug AS key, toString(a.published) AS published
}
RETURN kind, key, published
