// Which of the entities a load names the graph holds already (the others are merged before its articles).
UNWIND $ids AS id
MATCH (e:Entity {id: id})
RETURN e.id AS id
