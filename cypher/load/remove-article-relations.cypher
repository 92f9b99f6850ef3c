// Before an article is loaded again: remove the domain relationships it wrote.
MATCH (a:Article {slug: $slug})
UNWIND coalesce(a.entityIds, []) AS entityId
MATCH (:Entity {id: entityId})-[r]->()
WHERE r.article = $slug
DELETE r
