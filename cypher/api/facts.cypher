// Each fact the given relationships state (those with an `article`; same start, type and end),
// drawn as one edge: its representative (the statement with the smallest element id, whichever
// statement asked, so that every answer draws the fact with the same id), with its properties
// (every one when $full, else the keys in $relationshipKeys and the date values); how many
// relationships and articles state it, and from how many independent sources (distinct origins,
// counted as in relationship-sources.cypher); and, for the time filter, each distinct set of date
// values its statements carry with the earliest publication day of the articles stating it so
// ('' when one of them has no date). The keys in $neverDates (the evidence, among others) are not
// read to look for a date. One pass over each fact's statements, grouped by article
// first, so that each article is read once; the relationships are grouped by their two ends first,
// so that the relationships between two entities (a hub's parallel ones) are read once for all the
// facts between them.
MATCH (x)-[r]->(y)
WHERE elementId(r) IN $ids AND r.article IS NOT NULL
// One pass over the relationships of each pair of ends, for all the facts between them.
WITH x, y, collect([type(r), elementId(r)]) AS asked
CALL (x, y, asked) {
  MATCH (x)-[q]->(y)
  WHERE type(q) IN [a IN asked | a[0]] AND q.article IS NOT NULL
  WITH q, [k IN keys(q) WHERE NOT k IN $neverDates
           AND (q[k] IS :: DATE OR (q[k] IS :: STRING AND q[k] =~ '[0-9]{4}(-[0-9]{2})?'))
           | k + '=' + toString(q[k])] AS pairs
  WITH type(q) AS relType, q.article AS slug, count(q) AS statements, min(elementId(q)) AS first,
       collect(DISTINCT reduce(text = '', pair IN pairs | text + ';' + pair)) AS whens
  OPTIONAL MATCH (a:Article {slug: slug})
  RETURN relType, sum(statements) AS statements, min(first) AS representative,
         count(DISTINCT a) AS articles, count(DISTINCT coalesce(a.origin, 'article:' + a.slug)) AS sources,
         collect([whens, CASE WHEN a.published IS NULL THEN '' ELSE toString(a.published) END]) AS stated
}
WITH x, y, relType, statements, representative, articles, sources, stated,
     [a IN asked WHERE a[0] = relType | a[1]] AS stating
MATCH ()-[rep]->()
WHERE elementId(rep) = representative
RETURN stating, articles, sources, statements, stated, {
  id: representative,
  type: relType,
  start: elementId(x),
  end: elementId(y),
  properties: [k IN keys(rep) WHERE $full OR k IN $relationshipKeys
    OR rep[k] IS :: DATE OR (rep[k] IS :: STRING AND rep[k] =~ '[0-9]{4}(-[0-9]{2})?') | [k, rep[k]]]
} AS fact
