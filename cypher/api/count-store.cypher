// Node and relationship counts, in total and per label and type, read from
// Neo4j's count store: constant time whatever the graph size (a MATCH over a
// label or type held in a variable scans every relationship instead).
CALL db.stats.retrieve('GRAPH COUNTS') YIELD data
RETURN
  [x IN data.nodes WHERE x.label IS NULL | x.count][0] AS nodes,
  [x IN data.relationships WHERE x.relationshipType IS NULL AND x.startLabel IS NULL AND x.endLabel IS NULL | x.count][0] AS relationships,
  [x IN data.nodes WHERE x.label IS NOT NULL AND x.count > 0 | {label: x.label, count: x.count}] AS labels,
  [x IN data.relationships WHERE x.relationshipType IS NOT NULL AND x.startLabel IS NULL AND x.endLabel IS NULL AND x.count > 0 | {type: x.relationshipType, count: x.count}] AS types
