// What links Yadran to the Kremlin and to Putin
MATCH (yadran:Entity {id: 'yadran'}), (target:Entity)
WHERE target.id IN ['kremlin', 'vladimir-putin']
MATCH p = shortestPath((yadran)-[*..6]-(target))
WHERE none(n IN nodes(p) WHERE n:Sentence OR n:Article)
RETURN target.name AS to, length(p) AS hops,
       [n IN nodes(p) | n.name] AS via, p
ORDER BY hops
