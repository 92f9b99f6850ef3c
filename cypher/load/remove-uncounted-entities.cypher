// After a load failed: the entities it created before its articles' transactions
// that no written article counts (their articles were rolled back or never written).
UNWIND $ids AS id
MATCH (e:Entity {id: id})
WHERE coalesce(e.articleCount, 0) = 0
DETACH DELETE e
