// Bench: the entities with the most domain relationships, by stable id, for the watches section.
MATCH (e:Entity)
WITH e, COUNT { (e)-[]-(:Entity) } AS degree
ORDER BY degree DESC
LIMIT $n
RETURN e.id AS id, degree
