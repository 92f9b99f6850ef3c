// Entities are shared by articles: names and aliases accumulate, and each
// entity lists the articles that support it. One row per entity for all the
// articles being written (row.articles), their names already merged in order.
UNWIND $rows AS row
MERGE (e:Entity {id: row.id})
SET e += row.properties,
    e.name = row.name,
    e.aliases = reduce(acc = coalesce(e.aliases, []), x IN row.aliases |
      CASE WHEN x IN acc THEN acc ELSE acc + x END),
    e.demonyms = reduce(acc = coalesce(e.demonyms, []), x IN row.demonyms |
      CASE WHEN x IN acc THEN acc ELSE acc + x END),
    e.articles = reduce(acc = coalesce(e.articles, []), x IN row.articles |
      CASE WHEN x IN acc THEN acc ELSE acc + x END)
SET e:$(row.labels)
