// Everything the loader wrote: entities, articles and sentences.
MATCH (n)
WHERE n:Entity OR n:Article OR n:Sentence
RETURN n
