// The relationships one article states; `added` when no earlier article (published before it, or
// the same day with a smaller slug) states one with the same start, type and end.
MATCH (a:Article {slug: $slug})
UNWIND coalesce(a.entityIds, []) AS entityId
MATCH (:Entity {id: entityId})-[r]->(y:Entity)
WHERE r.article = a.slug
WITH a, r, startNode(r) AS x, y
LIMIT $limit
RETURN r, NOT EXISTS {
  MATCH (x)-[other]->(y)
  WHERE type(other) = type(r) AND other.article <> a.slug
  MATCH (b:Article {slug: other.article})
  WHERE toString(b.published) < toString(a.published)
     OR (toString(b.published) = toString(a.published) AND b.slug < a.slug)
} AS added
