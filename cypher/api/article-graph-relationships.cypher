// The relationships one article states; `added` when no earlier article (published before it, or
// the same day with a smaller slug) states one with the same start, type and end. An undated
// article counts as after every dated one: '~' sorts after any ISO date.
MATCH (a:Article {slug: $slug})
WITH a, coalesce(toString(a.published), '~') AS day
UNWIND coalesce(a.entityIds, []) AS entityId
MATCH (:Entity {id: entityId})-[r]->(y:Entity)
WHERE r.article = a.slug
WITH a, day, r, startNode(r) AS x, y
LIMIT $limit
RETURN r, NOT EXISTS {
  MATCH (x)-[other]->(y)
  WHERE type(other) = type(r) AND other.article <> a.slug
  MATCH (b:Article {slug: other.article})
  WHERE coalesce(toString(b.published), '~') < day
     OR (coalesce(toString(b.published), '~') = day AND b.slug < a.slug)
} AS added
