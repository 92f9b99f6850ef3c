// LOAD CSV baseline (bench only): the domain relationships with their typed properties.
LOAD CSV WITH HEADERS FROM $url AS row
CALL (row) {
  MATCH (a:Entity {id: row.from})
  MATCH (b:Entity {id: row.to})
  CREATE (a)-[r:$(row.type)]->(b)
  SET r.id = row.id, r.article = row.article, r.evidence = split(row.evidence, '|'),
      r.sentenceIndices = [x IN split(row.sentenceIndices, '|') | toInteger(x)],
      r.date = CASE WHEN size(row.date) = 10 THEN date(row.date) ELSE row.date END,
      r.stake = toInteger(row.stake), r.stakeUnit = row.stakeUnit,
      r.amount = toInteger(row.amount), r.amountUnit = row.amountUnit,
      r.amountQualifier = row.amountQualifier
} IN TRANSACTIONS OF $batch ROWS
