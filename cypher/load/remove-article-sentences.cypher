// Before articles are loaded again: remove their sentences and their mentions.
UNWIND $slugs AS slug
MATCH (:Article {slug: slug})-[:HAS_SENTENCE]->(s:Sentence)
DETACH DELETE s
