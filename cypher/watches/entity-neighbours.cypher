// The neighbours among the entities of entities given by element id, for pair watches' paths of 3 hops.
UNWIND $keys AS key
MATCH (n:Entity)
WHERE elementId(n) = key
RETURN key, [(n)--(m:Entity) | elementId(m)] AS next
