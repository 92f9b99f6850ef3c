// The relationships (matching the filters) between the seed nodes and the chosen neighbours,
// found from the neighbours' side so that a seed with many relationships is not scanned again.
MATCH (m)
WHERE elementId(m) IN $neighbours
CALL (m) {
  MATCH (m)-[r]-(n)
  WHERE elementId(n) IN $ids
    AND ($types IS NULL OR type(r) IN $types) AND NOT type(r) IN $skipTypes
    AND ($direction <> 'out' OR startNode(r) = n)
    AND ($direction <> 'in' OR endNode(r) = n)
  RETURN r
  LIMIT $perNeighbour
}
RETURN DISTINCT r
LIMIT $limit
