// How many state a fact (the relationship's start, type and end), counted four ways, and the
// articles with the independent source each counts as (its origin: "wire:AP" for a credited or
// reprinted wire story, "outlet:<key>" for an outlet's own reporting, else the article itself).
MATCH (x)-[r0]->(y)
WHERE elementId(r0) = $id
MATCH (x)-[r]->(y)
WHERE type(r) = type(r0) AND r.article IS NOT NULL
MATCH (a:Article {slug: r.article})
WITH a, count(r) AS statements
ORDER BY a.published, a.slug
WITH sum(statements) AS statements, count(a) AS articles,
     count(DISTINCT coalesce('outlet:' + a.outlet, 'article:' + a.slug)) AS outlets,
     count(DISTINCT coalesce(a.origin, 'article:' + a.slug)) AS sources,
     collect({slug: a.slug, title: a.title, publisher: a.publisher, reprintOf: a.reprintOf,
              origin: coalesce(a.origin, 'article:' + a.slug)}) AS listed
RETURN statements, articles, outlets, sources, listed[0..$limit] AS listed
