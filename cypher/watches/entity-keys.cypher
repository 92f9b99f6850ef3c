// The stable ids and names of entities given by element id: the steps of pair watches' paths.
UNWIND $keys AS key
MATCH (n:Entity)
WHERE elementId(n) = key
RETURN key, n.id AS id, n.name AS name
