// The domain relationships of the articles being written. Their ids are scoped by
// article and whatever an earlier load of the same article wrote was removed in
// this transaction, so CREATE cannot duplicate one (and need not scan a hub's
// relationships the way MERGE would).
UNWIND $rows AS row
MATCH (a:Entity {id: row.from})
MATCH (b:Entity {id: row.to})
CREATE (a)-[r:$(row.type) {id: row.id}]->(b)
SET r += row.properties,
    r.article = row.article,
    r.evidence = row.evidence,
    r.sentenceIndices = row.sentenceIndices
