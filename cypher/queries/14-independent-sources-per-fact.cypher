// Independent sources per fact: a wire story and its reprints count once, as the agency
// A fact is a start, a type and an end; each article that states it wrote its own relationship.
MATCH (a:Entity)-[r]->(b:Entity)
WHERE r.article IS NOT NULL
MATCH (article:Article {slug: r.article})
WITH a, type(r) AS type, b,
     count(r) AS statements,
     count(DISTINCT article) AS articles,
     count(DISTINCT coalesce('outlet:' + article.outlet, 'article:' + article.slug)) AS outlets,
     collect(DISTINCT coalesce(article.origin, 'article:' + article.slug)) AS origins
RETURN a.name AS from, type, b.name AS to, statements, articles, outlets, size(origins) AS sources, origins
ORDER BY sources DESC, articles DESC, from, type, to
