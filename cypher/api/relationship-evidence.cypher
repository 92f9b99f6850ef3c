// The sentences a domain relationship comes from (its article and sentence indices), with the
// mentions of its two ends in them.
MATCH (x)-[r]->(y)
WHERE elementId(r) = $id AND r.article IS NOT NULL
MATCH (a:Article {slug: r.article})-[:HAS_SENTENCE]->(s:Sentence)
WHERE s.index IN r.sentenceIndices
OPTIONAL MATCH (s)-[m:MENTIONS]->(e)
WHERE e = x OR e = y
WITH a, s, collect({entity: elementId(e), starts: m.starts, ends: m.ends}) AS mentions
RETURN a.slug AS article, a.title AS title, a.text AS articleText, s.index AS index, s.text AS text,
       s.start AS start, s.end AS end, [m IN mentions WHERE m.entity IS NOT NULL] AS mentions
ORDER BY index
LIMIT $limit
