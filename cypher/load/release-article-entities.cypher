// Before articles are loaded again: entities no longer name them as sources,
// and entities that no other article supports are removed.
UNWIND $slugs AS slug
MATCH (a:Article {slug: slug})
UNWIND coalesce(a.entityIds, []) AS entityId
MATCH (e:Entity {id: entityId})
SET e.articles = [x IN coalesce(e.articles, []) WHERE x <> slug]
WITH DISTINCT e
WHERE size(e.articles) = 0
DETACH DELETE e
