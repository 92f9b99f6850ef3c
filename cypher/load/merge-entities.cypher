// Entities are shared by articles: names and aliases accumulate, and each
// entity lists the articles that support it.
UNWIND $rows AS row
MERGE (e:Entity {id: row.id})
SET e += row.properties,
    e.name = row.name,
    e.aliases = reduce(acc = coalesce(e.aliases, []), x IN row.aliases |
      CASE WHEN x IN acc THEN acc ELSE acc + x END),
    e.demonyms = reduce(acc = coalesce(e.demonyms, []), x IN row.demonyms |
      CASE WHEN x IN acc THEN acc ELSE acc + x END),
    e.articles = CASE WHEN $slug IN coalesce(e.articles, []) THEN e.articles
                 ELSE coalesce(e.articles, []) + $slug END
SET e:$(row.labels)
