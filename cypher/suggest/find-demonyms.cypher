// Graph entities that a demonym of the article names ("Malian" → Mali).
UNWIND $queries AS q
CALL db.index.fulltext.queryNodes('entity_demonyms', q.query, {limit: $limit}) YIELD node, score
RETURN q.key AS key, node.id AS id, node.name AS name, coalesce(node.aliases, []) AS aliases,
       coalesce(node.demonyms, []) AS demonyms, [l IN labels(node) WHERE l <> 'Entity'] AS labels, score
