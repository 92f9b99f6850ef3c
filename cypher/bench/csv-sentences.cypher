// LOAD CSV baseline (bench only): sentences and their HAS_SENTENCE relationships.
LOAD CSV WITH HEADERS FROM $url AS row
CALL (row) {
  MATCH (a:Article {slug: row.article})
  CREATE (s:Sentence {id: row.id, article: row.article, index: toInteger(row.index), text: row.text,
                      start: toInteger(row.start), end: toInteger(row.end)})
  CREATE (a)-[:HAS_SENTENCE]->(s)
} IN TRANSACTIONS OF $batch ROWS
