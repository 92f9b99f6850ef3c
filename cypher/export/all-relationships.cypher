// Every relationship between nodes the loader wrote.
MATCH (a)-[r]->(b)
WHERE (a:Entity OR a:Article OR a:Sentence) AND (b:Entity OR b:Article OR b:Sentence)
RETURN r
