// Entity watches: the relationships that the articles just loaded ($slugs) gave each watched
// entity. Only a watch whose entity one of the articles annotates (Article.entityIds) looks at
// the entity's relationships, and keeps those whose `article` is that article.
UNWIND $watches AS w
MATCH (a:Article)
WHERE a.slug IN $slugs AND w.entity IN a.entityIds
MATCH (e:Entity {id: w.entity})-[r]-(:Entity)
WHERE r.article = a.slug
WITH DISTINCT w, r, a
RETURN w.id AS watch, r.id AS id, type(r) AS type,
       startNode(r).id AS fromId, startNode(r).name AS fromName,
       endNode(r).id AS toId, endNode(r).name AS toName,
       r.evidence AS quotes, a.slug AS article, a.title AS title
