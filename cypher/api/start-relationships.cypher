// Relationships among the opening view's entities (domain relationships: entity to entity), in a
// fixed order: the layout adds them in this order, so the same graph gives the same picture.
MATCH (a:Entity)-[r]->(b:Entity)
WHERE elementId(a) IN $ids AND elementId(b) IN $ids
RETURN r
ORDER BY a.id, type(r), b.id, elementId(r)
LIMIT $limit
