// One batch of the reset: articles and entities (by now with few or no
// relationships left: only those other data may hold to them).
MATCH (n)
WHERE n:Article OR n:Entity
WITH n LIMIT $batch
DETACH DELETE n
RETURN count(*) AS deleted
