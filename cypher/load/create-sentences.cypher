UNWIND $rows AS row
MATCH (a:Article {slug: $slug})
CREATE (s:Sentence {id: row.id, article: $slug, index: row.index, text: row.text, start: row.start, end: row.end})
CREATE (a)-[:HAS_SENTENCE]->(s)
