// Before articles are loaded again: remove the domain relationships they wrote.
UNWIND $slugs AS slug
MATCH (a:Article {slug: slug})
UNWIND coalesce(a.entityIds, []) AS entityId
MATCH (:Entity {id: entityId})-[r]->()
WHERE r.article = slug
DELETE r
