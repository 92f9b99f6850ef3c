// How many new neighbours the seeds have: the relationship count from the degree store always,
// and the exact count of distinct neighbours when that is at most $exactUpTo relationships.
MATCH (n)
WHERE elementId(n) IN $ids
WITH n,
     CASE $direction
       WHEN 'out' THEN COUNT { (n)-->() }
       WHEN 'in' THEN COUNT { (n)<--() }
       ELSE COUNT { (n)--() }
     END AS degree
WITH collect(n) AS seeds, sum(degree) AS degreeSum
CALL (seeds, degreeSum) {
  UNWIND CASE WHEN degreeSum <= $exactUpTo THEN seeds ELSE [] END AS n
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
  RETURN count(m) AS exact
}
RETURN [s IN seeds | elementId(s)] AS found, degreeSum, CASE WHEN degreeSum <= $exactUpTo THEN exact END AS exact
