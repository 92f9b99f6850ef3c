// Before articles are loaded again: entities no longer count them, and
// entities that no other loaded article names are removed.
UNWIND $slugs AS slug
MATCH (a:Article {slug: slug})
UNWIND coalesce(a.entityIds, []) AS entityId
MATCH (e:Entity {id: entityId})
SET e.articleCount = coalesce(e.articleCount, 1) - 1
WITH DISTINCT e
WHERE e.articleCount <= 0
DETACH DELETE e
