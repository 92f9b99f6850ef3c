// One article with its text.
MATCH (a:Article {slug: $slug})
RETURN a.slug AS slug, a.title AS title, a.publisher AS publisher, a.published AS published, a.language AS language,
       a.sentenceCount AS sentenceCount, a.attribution AS attribution, a.text AS text,
       a.wire AS wire, a.reprintOf AS reprintOf, a.shared AS shared
