// Pair watches: the relationships the articles just loaded ($slugs) added, found from the
// articles' own entities, and the entities they touch with the watched ends ($ends), each with
// its neighbours among the entities (the lexical layer is never crossed), by element id.
MATCH (art:Article)
WHERE art.slug IN $slugs
UNWIND coalesce(art.entityIds, []) AS eid
MATCH (x:Entity {id: eid})-[r]->(y:Entity)
WHERE r.article = art.slug
WITH collect(DISTINCT {r: r, x: x, y: y, art: art}) AS fresh
WITH fresh,
     COLLECT { UNWIND fresh AS f UNWIND [f.x.id, f.y.id] AS id RETURN DISTINCT id } + $ends AS ids
CALL (ids) {
  UNWIND ids AS id
  WITH DISTINCT id
  MATCH (n:Entity {id: id})
  RETURN collect({id: id, key: elementId(n), next: [(n)--(m:Entity) | elementId(m)]}) AS near
}
RETURN [f IN fresh | {
         id: f.r.id, type: type(f.r), fromId: f.x.id, fromName: f.x.name, toId: f.y.id,
         toName: f.y.name, quotes: f.r.evidence, article: f.art.slug, title: f.art.title
       }] AS fresh,
       near
