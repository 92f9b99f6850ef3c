// Entities are shared by articles: names and aliases accumulate, and each
// entity counts the loaded articles that name it (Article.entityIds says which).
// One row per entity for all the articles being written, its names already
// merged in article order and row.articleCount the number of those articles.
UNWIND $rows AS row
MERGE (e:Entity {id: row.id})
SET e += row.properties,
    e.name = row.name,
    e.aliases = reduce(acc = coalesce(e.aliases, []), x IN row.aliases |
      CASE WHEN x IN acc THEN acc ELSE acc + x END),
    e.demonyms = reduce(acc = coalesce(e.demonyms, []), x IN row.demonyms |
      CASE WHEN x IN acc THEN acc ELSE acc + x END),
    e.articleCount = coalesce(e.articleCount, 0) + row.articleCount
SET e:$(row.labels)
