// Every mention of an entity in one article, by sentence, with the sentence's offset in the text.
MATCH (:Article {slug: $slug})-[:HAS_SENTENCE]->(s:Sentence)-[m:MENTIONS]->(e:Entity)
RETURN s.index AS sentence, s.start AS sentenceStart, m.starts AS starts, m.ends AS ends,
       elementId(e) AS entityNodeId, e.id AS entityId
ORDER BY sentence
