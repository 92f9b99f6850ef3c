// The relationships an alert reports, found again by their ends' ids and their own stable id
// (element ids change when an article is loaded again), with their ends.
UNWIND $relationships AS x
MATCH (a:Entity {id: x.from})-[r]->(b:Entity {id: x.to})
WHERE r.id = x.id
RETURN a, r, b
