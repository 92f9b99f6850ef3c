// The two ends of a path search, when they are entities.
MATCH (n:Entity)
WHERE elementId(n) IN [$from, $to]
RETURN elementId(n) AS id
