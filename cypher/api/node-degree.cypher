// Degree of one node per relationship type and direction.
MATCH (n)
WHERE elementId(n) = $id
CALL (n) {
  MATCH (n)-[r]->()
  RETURN type(r) AS type, 'out' AS direction, count(r) AS count
  UNION ALL
  MATCH (n)<-[r]-()
  RETURN type(r) AS type, 'in' AS direction, count(r) AS count
}
RETURN type, direction, count
ORDER BY count DESC, type, direction
