// Every article, newest first.
MATCH (a:Article)
RETURN a.slug AS slug, a.title AS title, a.publisher AS publisher, a.published AS published,
       a.sentenceCount AS sentenceCount
ORDER BY a.published DESC, a.slug
LIMIT $limit
