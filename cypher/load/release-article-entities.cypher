// Before an article is loaded again: entities no longer name it as a source,
// and entities that no other article supports are removed.
MATCH (a:Article {slug: $slug})
UNWIND coalesce(a.entityIds, []) AS entityId
MATCH (e:Entity {id: entityId})
SET e.articles = [x IN coalesce(e.articles, []) WHERE x <> $slug]
WITH e
WHERE size(e.articles) = 0
DETACH DELETE e
