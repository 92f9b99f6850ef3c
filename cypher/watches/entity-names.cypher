// The names of the entities a new watch follows, by their stable ids.
MATCH (e:Entity)
WHERE e.id IN $ids
RETURN e.id AS id, e.name AS name
