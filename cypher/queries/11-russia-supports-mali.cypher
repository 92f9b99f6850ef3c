// How Russia supports Mali: military, nuclear, training and investment
MATCH p = (russia:Entity {id: 'russia'})-[*1..2]->(mali:Entity {id: 'mali'})
WHERE none(n IN nodes(p) WHERE n:Sentence OR n:Article)
RETURN [r IN relationships(p) | type(r)] AS how,
       [n IN nodes(p)[1..-1] | n.name] AS through, p
ORDER BY size(how), how
