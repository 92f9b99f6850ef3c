// The entities one article annotates; `added` when no earlier article (published before it, or
// the same day with a smaller slug) annotates them too.
MATCH (a:Article {slug: $slug})
UNWIND coalesce(a.entityIds, []) AS entityId
MATCH (e:Entity {id: entityId})
RETURN e, NOT EXISTS {
  MATCH (b:Article)
  WHERE entityId IN b.entityIds
    AND (toString(b.published) < toString(a.published)
         OR (toString(b.published) = toString(a.published) AND b.slug < a.slug))
} AS added
