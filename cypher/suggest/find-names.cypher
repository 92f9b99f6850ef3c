// Graph entities whose name or an alias matches each of the article's names
// (a phrase query built by the server, never raw text), best first.
UNWIND $queries AS q
CALL db.index.fulltext.queryNodes('entity_names', q.query, {limit: $limit}) YIELD node, score
RETURN q.key AS key, node.id AS id, node.name AS name, coalesce(node.aliases, []) AS aliases,
       coalesce(node.demonyms, []) AS demonyms, [l IN labels(node) WHERE l <> 'Entity'] AS labels, score
