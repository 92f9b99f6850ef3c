// Which of these entity ids the graph already uses.
MATCH (e:Entity) WHERE e.id IN $ids
RETURN e.id AS id
