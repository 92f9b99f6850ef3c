// Relationships among the opening view's entities (domain relationships: entity to entity), one
// per fact (same start, type and end, each naming an article; the server draws the fact as one
// edge), in a fixed order: the layout adds them in this order, so the same graph gives the same
// picture.
MATCH (a:Entity)-[r]->(b:Entity)
WHERE elementId(a) IN $ids AND elementId(b) IN $ids
WITH a, type(r) AS relType, b, CASE WHEN r.article IS NULL THEN elementId(r) END AS own,
     min(elementId(r)) AS first
MATCH (a)-[r]->(b)
WHERE elementId(r) = first
RETURN r
ORDER BY a.id, relType, b.id, first
LIMIT $limit
