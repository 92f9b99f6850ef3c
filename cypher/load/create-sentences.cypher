UNWIND $rows AS row
MATCH (a:Article {slug: row.article})
CREATE (s:Sentence {id: row.id, article: row.article, index: row.index, text: row.text, start: row.start, end: row.end})
CREATE (a)-[:HAS_SENTENCE]->(s)
