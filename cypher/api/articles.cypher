// Every article, newest first, then the undated ones (no published) apart after them, with how many entities it annotates and relationships it states, and its provenance.
MATCH (a:Article)
RETURN a.slug AS slug, a.title AS title, a.publisher AS publisher, a.published AS published, a.language AS language,
       a.sentenceCount AS sentenceCount, size(coalesce(a.entityIds, [])) AS entityCount,
       coalesce(a.relationCount, 0) AS relationshipCount,
       a.wire AS wire, a.reprintOf AS reprintOf, a.shared AS shared
ORDER BY a.published IS NULL, a.published DESC, a.slug
LIMIT $limit
