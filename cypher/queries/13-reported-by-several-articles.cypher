// Relationships reported by more than one article, with each article's quotes
// Every article writes its own relationship; those with the same start, type and end are one edge.
MATCH (a:Entity)-[r]->(b:Entity)
WHERE r.article IS NOT NULL
WITH a, type(r) AS type, b, collect(r) AS reports
WHERE size(reports) > 1
UNWIND reports AS r
MATCH (article:Article {slug: r.article})
WITH a, type, b, reports, article, r
ORDER BY article.published
WITH a, type, b, reports,
     collect(DISTINCT article.title) AS articles,
     collect(article.title + ' (' + coalesce(toString(article.published), 'date unknown') + '): ' + r.evidence[0]) AS quotes
WHERE size(articles) > 1
RETURN a.name AS from, type, b.name AS to, size(articles) AS articleCount, articles, quotes,
       a, b, reports
ORDER BY articleCount DESC, from, type, to
