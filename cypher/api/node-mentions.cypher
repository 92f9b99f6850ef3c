// Sentences that mention one entity, in reading order, with the mention offsets in the sentence.
MATCH (n)
WHERE elementId(n) = $id
MATCH (a:Article)-[:HAS_SENTENCE]->(s:Sentence)-[m:MENTIONS]->(n)
RETURN a.slug AS article, a.title AS title, s.index AS index, s.text AS text, m.starts AS starts, m.ends AS ends
ORDER BY article, index
LIMIT $limit
