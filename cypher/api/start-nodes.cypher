// The opening view's entities: all of them when few, else the best connected (degree store).
CALL () {
  MATCH (e:Entity)
  RETURN count(e) AS totalNodes
}
MATCH (e:Entity)
WITH e, totalNodes
ORDER BY COUNT { (e)--() } DESC, e.id
LIMIT $cap
RETURN e, totalNodes
