// The opening view's entities, best first (README "The opening view"): the most articles naming
// them (e.articleCount), then the most relationships to other entities (from the degree store:
// all relationships less the sentences' MENTIONS), then the most recent article naming them
// (an undated article has no date and does not count), then id. The latest article is read for a pool of the best by the first two keys only ($pool),
// where the ties it breaks lie; `rank` is the place of each in that order.
CALL () {
  MATCH (e:Entity)
  RETURN count(e) AS totalNodes
}
MATCH (e:Entity)
WITH e, totalNodes, coalesce(e.articleCount, 0) AS articles,
     COUNT { (e)--() } - COUNT { (e)<-[:MENTIONS]-() } AS degree
ORDER BY articles DESC, degree DESC, e.id
LIMIT $pool
CALL (e) {
  MATCH (e)<-[:MENTIONS]-(s:Sentence)
  WITH DISTINCT s.article AS slug
  MATCH (a:Article {slug: slug})
  RETURN max(toString(a.published)) AS latest
}
WITH e, totalNodes, articles, degree, latest
ORDER BY articles DESC, degree DESC, latest DESC, e.id
LIMIT $cap
RETURN e, totalNodes, articles, degree, latest
