// The entities a query alert's new rows hold, found again by their stable ids.
MATCH (e:Entity)
WHERE e.id IN $ids
RETURN e
