// LOAD CSV baseline (bench only): MENTIONS from sentences to entities.
LOAD CSV WITH HEADERS FROM $url AS row
CALL (row) {
  MATCH (s:Sentence {id: row.sentence})
  MATCH (e:Entity {id: row.entity})
  WITH s, e, row, [x IN split(row.starts, '|') | toInteger(x)] AS starts
  CREATE (s)-[:MENTIONS {surfaces: split(row.surfaces, '|'), starts: starts,
                         ends: [x IN split(row.ends, '|') | toInteger(x)], count: size(starts)}]->(e)
} IN TRANSACTIONS OF $batch ROWS
