// Sentences that mention one entity: newest article first (undated ones after the dated), then reading order, with the mention
// offsets in the sentence.
MATCH (n)
WHERE elementId(n) = $id
MATCH (a:Article)-[:HAS_SENTENCE]->(s:Sentence)-[m:MENTIONS]->(n)
RETURN a.slug AS article, a.title AS title, a.published AS published, s.index AS index, s.text AS text,
       m.starts AS starts, m.ends AS ends
ORDER BY a.published IS NULL, a.published DESC, article, index
LIMIT $limit
