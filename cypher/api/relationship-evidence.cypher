// The sentences an edge comes from: the relationship and every other one with the same start,
// type and end (one per article that states it), each from its article and sentence indices,
// with its quotes and the mentions of the two ends. Newest article first, undated ones after.
MATCH (x)-[r0]->(y)
WHERE elementId(r0) = $id
MATCH (x)-[r]->(y)
WHERE type(r) = type(r0) AND r.article IS NOT NULL
MATCH (a:Article {slug: r.article})-[:HAS_SENTENCE]->(s:Sentence)
WHERE s.index IN r.sentenceIndices
OPTIONAL MATCH (s)-[m:MENTIONS]->(e)
WHERE e = x OR e = y
WITH r, a, s, collect({entity: elementId(e), starts: m.starts, ends: m.ends}) AS mentions
RETURN elementId(r) AS relationship, r.evidence AS quotes, a.slug AS article, a.title AS title,
       a.published AS published, a.text AS articleText, s.index AS index, s.text AS text,
       s.start AS start, s.end AS end, [m IN mentions WHERE m.entity IS NOT NULL] AS mentions
ORDER BY published IS NULL, published DESC, article, index
LIMIT $limit
