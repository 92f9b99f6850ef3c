// All shortest paths between two entities over domain relationships (every node on the way an
// Entity, so the lexical layer is never crossed). The hop bound must be a literal: the server
// drops paths longer than the requested maximum.
MATCH (a:Entity)
WHERE elementId(a) = $from
MATCH (b:Entity)
WHERE elementId(b) = $to
MATCH p = allShortestPaths((a)-[*..8]-(b))
WHERE all(x IN nodes(p) WHERE x:Entity)
RETURN p
LIMIT $limit
