// Entities whose name or aliases match a Lucene query built by the server (never raw user text).
// The index returns them best first and stops at the limit.
CALL db.index.fulltext.queryNodes('entity_names', $query, {limit: $limit}) YIELD node, score
RETURN node, score
