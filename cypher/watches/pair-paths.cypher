// Pair watches: whether the two watched entities now connect, within the watch's hop bound,
// through a relationship that the articles just loaded ($slugs) added. Each new relationship
// (x)-[r]->(y) is tried as the pivot of a path: a shortest path from one end to x, r, and a
// shortest path from y to the other end (and the same the other way round), over entities only
// (the lexical layer is never crossed), with no entity twice. The new relationships are found
// once, from the articles' own entities, and shared by every watch. The bound of shortestPath
// must be a literal: 3, one less than the longest watch (4 hops); shorter bounds are checked
// on the lengths found.
MATCH (art:Article)
WHERE art.slug IN $slugs
UNWIND coalesce(art.entityIds, []) AS eid
MATCH (x:Entity {id: eid})-[r]->(y:Entity)
WHERE r.article = art.slug
WITH collect(DISTINCT {r: r, x: x, y: y, art: art}) AS fresh
UNWIND $watches AS w
MATCH (a:Entity {id: w.from})
MATCH (b:Entity {id: w.to})
UNWIND fresh AS f
UNWIND [[f.x, f.y], [f.y, f.x]] AS ends
WITH w, a, b, f, ends[0] AS near, ends[1] AS far
CALL (a, near) {
  WITH a, near
  WHERE a = near
  RETURN [a] AS before
  UNION
  WITH a, near
  WHERE a <> near
  MATCH p = shortestPath((a)-[*..3]-(near))
  WHERE all(n IN nodes(p) WHERE n:Entity)
  RETURN nodes(p) AS before
}
WITH w, b, f, far, before
WHERE size(before) <= w.hops
CALL (far, b) {
  WITH far, b
  WHERE far = b
  RETURN [b] AS after
  UNION
  WITH far, b
  WHERE far <> b
  MATCH p = shortestPath((far)-[*..3]-(b))
  WHERE all(n IN nodes(p) WHERE n:Entity)
  RETURN nodes(p) AS after
}
WITH w, f, before, after
WHERE size(before) + size(after) - 1 <= w.hops
  AND none(n IN before WHERE n IN after)
WITH w, f, before, after
ORDER BY size(before) + size(after)
WITH w, f.r AS r, f.art AS art, head(collect([n IN before + after | n.name])) AS names
RETURN w.id AS watch, r.id AS id, type(r) AS type,
       startNode(r).id AS fromId, startNode(r).name AS fromName,
       endNode(r).id AS toId, endNode(r).name AS toName,
       r.evidence AS quotes, art.slug AS article, art.title AS title, names AS path
