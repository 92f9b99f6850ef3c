// The entities one article annotates; `added` when no earlier article (published before it, or
// the same day with a smaller slug) annotates them too. An undated article counts as after every
// dated one: '~' sorts after any ISO date.
MATCH (a:Article {slug: $slug})
WITH a, coalesce(toString(a.published), '~') AS day
UNWIND coalesce(a.entityIds, []) AS entityId
MATCH (e:Entity {id: entityId})
RETURN e, NOT EXISTS {
  MATCH (b:Article)
  WHERE entityId IN b.entityIds
    AND (coalesce(toString(b.published), '~') < day
         OR (coalesce(toString(b.published), '~') = day AND b.slug < a.slug))
} AS added
