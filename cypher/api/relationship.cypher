// One relationship by element id with the nodes at its ends.
MATCH ()-[r]->()
WHERE elementId(r) = $id
RETURN r, startNode(r) AS start, endNode(r) AS end
