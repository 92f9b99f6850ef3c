// Before an article is loaded again: remove its sentences and their mentions.
MATCH (:Article {slug: $slug})-[:HAS_SENTENCE]->(s:Sentence)
DETACH DELETE s
