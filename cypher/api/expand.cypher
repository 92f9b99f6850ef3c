// One expansion in one statement: up to $probe distinct new neighbours of the seeds (read lazily,
// so LIMIT stops early whatever the seeds' degree), how many there are in total, and the
// relationships between the seeds and the first $limit of them (the server draws those of one fact
// as one edge: graph/server/api/facts.ts). With both ends bound, Neo4j walks
// the relationships of whichever end has fewer, so no hub is scanned in full for each pair.
// Properties come as [key, value] pairs: every one when $full, else the caption keys (and `text`
// when none of them is a non-empty string), the date values (a DATE, or "2025-06" / "1960"
// text) and the keys in $relationshipKeys.
MATCH (n)
WHERE elementId(n) IN $ids
WITH collect(n) AS seeds
CALL (seeds) {
  UNWIND seeds AS n
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
  WITH m
  LIMIT $probe
  RETURN collect(m) AS probed
}
// The relationship count of the seeds, from the degree store.
CALL (seeds) {
  UNWIND seeds AS n
  RETURN sum(CASE $direction
    WHEN 'out' THEN COUNT { (n)-->() }
    WHEN 'in' THEN COUNT { (n)<--() }
    ELSE COUNT { (n)--() }
  END) AS degreeSum
}
WITH seeds, probed[..$limit] AS chosen, size(probed) > $limit AS truncated, degreeSum
// When the answer is cut and the seeds have at most $exactUpTo relationships: the exact number of
// distinct new neighbours.
CALL (seeds, truncated, degreeSum) {
  UNWIND CASE WHEN truncated AND degreeSum <= $exactUpTo THEN seeds ELSE [] END AS n
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
  RETURN count(m) AS counted
}
CALL (seeds, chosen) {
  UNWIND seeds AS n
  UNWIND chosen AS m
  CALL (n, m) {
    MATCH (n)-[r]-(m)
    WHERE ($types IS NULL OR type(r) IN $types) AND NOT type(r) IN $skipTypes
      AND ($direction <> 'out' OR startNode(r) = n)
      AND ($direction <> 'in' OR endNode(r) = n)
    RETURN r
    LIMIT $perNeighbour
  }
  WITH DISTINCT r
  LIMIT $relationshipLimit
  RETURN collect(r) AS rels
}
RETURN [s IN seeds | elementId(s)] AS found, degreeSum, truncated,
  CASE WHEN truncated AND degreeSum <= $exactUpTo THEN counted END AS exact,
  [m IN chosen | {
    id: elementId(m),
    labels: labels(m),
    properties: [k IN keys(m) WHERE $full OR k IN $captionKeys
      OR m[k] IS :: DATE OR (m[k] IS :: STRING AND m[k] =~ '[0-9]{4}(-[0-9]{2})?')
      OR (k = 'text' AND none(c IN $captionKeys WHERE m[c] IS :: STRING AND m[c] <> '')) | [k, m[k]]]
  }] AS nodes,
  [r IN rels | {
    id: elementId(r),
    type: type(r),
    start: elementId(startNode(r)),
    end: elementId(endNode(r)),
    properties: [k IN keys(r) WHERE $full OR k IN $relationshipKeys
      OR (NOT k IN $neverDates AND (r[k] IS :: DATE OR (r[k] IS :: STRING AND r[k] =~ '[0-9]{4}(-[0-9]{2})?')))
      | [k, r[k]]]
  }] AS relationships
