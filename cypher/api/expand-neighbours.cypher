// Up to $probe distinct new neighbours of the seed nodes. The subquery is read lazily, so
// LIMIT stops the expansion early whatever the degree of the seeds.
MATCH (n)
WHERE elementId(n) IN $ids
CALL (n) {
  MATCH (n)-[r]->(m)
  WHERE $direction IN ['out', 'both'] AND ($types IS NULL OR type(r) IN $types) AND NOT type(r) IN $skipTypes
  RETURN m
  UNION ALL
  MATCH (n)<-[r]-(m)
  WHERE $direction IN ['in', 'both'] AND ($types IS NULL OR type(r) IN $types) AND NOT type(r) IN $skipTypes
  RETURN m
}
WITH DISTINCT m
WHERE NOT elementId(m) IN $exclude
RETURN m
LIMIT $probe
