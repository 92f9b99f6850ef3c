// LOAD CSV baseline (bench only): the articles, as the loader writes them.
LOAD CSV WITH HEADERS FROM $url AS row
CALL (row) {
  MERGE (a:Article {slug: row.slug})
  SET a.title = row.title, a.publisher = row.publisher, a.published = date(row.published),
      a.language = row.language, a.attribution = row.attribution, a.text = row.text,
      a.sentenceCount = toInteger(row.sentenceCount), a.entityIds = split(row.entityIds, '|')
} IN TRANSACTIONS OF $batch ROWS
