// Africa Corps and the Wagner Group: who answers to whom, and where they operate
MATCH (group:ArmedGroup)-[r]-(other:Entity)
RETURN group.name AS armedGroup, type(r) AS relation,
       CASE WHEN startNode(r) = group THEN 'to' ELSE 'from' END AS direction,
       other.name AS counterpart, r.activities AS activities, group, r, other
ORDER BY armedGroup, relation
