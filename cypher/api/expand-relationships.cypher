// The relationships (matching the filters) between the seed nodes and the chosen neighbours.
// With both ends bound, Neo4j walks the relationships of whichever end has fewer, so
// neither a hub seed nor a hub neighbour is scanned in full for each pair.
MATCH (n)
WHERE elementId(n) IN $ids
MATCH (m)
WHERE elementId(m) IN $neighbours
CALL (n, m) {
  MATCH (n)-[r]-(m)
  WHERE ($types IS NULL OR type(r) IN $types) AND NOT type(r) IN $skipTypes
    AND ($direction <> 'out' OR startNode(r) = n)
    AND ($direction <> 'in' OR endNode(r) = n)
  RETURN r
  LIMIT $perNeighbour
}
RETURN DISTINCT r
LIMIT $limit
