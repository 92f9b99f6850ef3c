// Pair watches, in one statement for them all: the relationships the articles just loaded
// ($slugs) added, found from the articles' own entities, and from each watched end ($ends: its id
// and the hops its watches allow less one) a shortest path, over entities only (the lexical
// layer is never crossed), to each entity those relationships touch. Which watched pair a new
// relationship now joins within its bound is worked out from these (graph/watches/pairs.ts).
// The bound of shortestPath must be a literal: one branch per depth.
MATCH (art:Article)
WHERE art.slug IN $slugs
UNWIND coalesce(art.entityIds, []) AS eid
MATCH (x:Entity {id: eid})-[r]->(y:Entity)
WHERE r.article = art.slug
WITH collect(DISTINCT {r: r, x: x, y: y, art: art}) AS fresh
WITH fresh, COLLECT { UNWIND fresh AS f UNWIND [f.x, f.y] AS n RETURN DISTINCT n } AS touched
CALL (touched) {
  UNWIND $ends AS end
  MATCH (e:Entity {id: end.id})
  UNWIND touched AS p
  CALL (e, p, end) {
    WITH e, p
    WHERE e = p
    RETURN [e] AS way
    UNION
    WITH e, p, end
    WHERE e <> p AND end.depth = 1
    MATCH path = shortestPath((e)-[*..1]-(p))
    WHERE all(n IN nodes(path) WHERE n:Entity)
    RETURN nodes(path) AS way
    UNION
    WITH e, p, end
    WHERE e <> p AND end.depth = 2
    MATCH path = shortestPath((e)-[*..2]-(p))
    WHERE all(n IN nodes(path) WHERE n:Entity)
    RETURN nodes(path) AS way
    UNION
    WITH e, p, end
    WHERE e <> p AND end.depth = 3
    MATCH path = shortestPath((e)-[*..3]-(p))
    WHERE all(n IN nodes(path) WHERE n:Entity)
    RETURN nodes(path) AS way
  }
  RETURN collect({end: end.id, node: p.id, ids: [n IN way | n.id], names: [n IN way | n.name]}) AS reach
}
RETURN [f IN fresh | {
         id: f.r.id, type: type(f.r), fromId: f.x.id, fromName: f.x.name, toId: f.y.id,
         toName: f.y.name, quotes: f.r.evidence, article: f.art.slug, title: f.art.title
       }] AS fresh,
       reach
