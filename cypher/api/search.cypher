// Entities whose name or aliases match a Lucene query built by the server (never raw user text).
CALL db.index.fulltext.queryNodes('entity_names', $query) YIELD node, score
RETURN node, score
ORDER BY score DESC, node.name
LIMIT $limit
