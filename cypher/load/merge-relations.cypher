UNWIND $rows AS row
MATCH (a:Entity {id: row.from})
MATCH (b:Entity {id: row.to})
MERGE (a)-[r:$(row.type) {id: row.id}]->(b)
SET r += row.properties,
    r.article = $slug,
    r.evidence = row.evidence,
    r.sentenceIndices = row.sentenceIndices
