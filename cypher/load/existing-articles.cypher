// Which of the articles being written were loaded before (and must be removed first).
UNWIND $slugs AS slug
MATCH (a:Article {slug: slug})
RETURN a.slug AS slug
