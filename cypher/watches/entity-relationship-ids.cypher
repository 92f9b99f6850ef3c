// The ids of a new entity watch's relationships of now, taken as seen: it reports only later ones.
MATCH (e:Entity {id: $entity})-[r]-(:Entity)
WHERE r.article IS NOT NULL
RETURN collect(DISTINCT r.id) AS ids
