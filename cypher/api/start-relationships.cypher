// Relationships among the opening view's entities (domain relationships: entity to entity).
MATCH (a:Entity)-[r]->(b:Entity)
WHERE elementId(a) IN $ids AND elementId(b) IN $ids
RETURN r
LIMIT $limit
