// Entities are shared by articles: names and aliases accumulate, and each
// entity counts the loaded articles that name it (Article.entityIds says which).
// aliasLanguages holds the language tag of each alias, in the order of aliases
// ('' for an alias stored before tags were kept); a new alias comes with its tag.
// One row per entity for all the articles being written, its names already
// merged in article order and row.articleCount the number of those articles.
// A load of several transactions first merges the entities the graph does not
// hold yet, once for all its articles, with row.articleCount 0: each article's
// transaction then counts them (count-entities).
// row.location (a WGS-84 point) replaces the stored one unless that one ranks
// higher: the reviewer's over the gazetteer's over a derived one; a row
// without a location source leaves the stored one as it is. A reviewer who
// cleared the location sends source 'reviewer' and no point: the stored point
// goes, and the source stays 'reviewer' so that no later gazetteer point wins.
UNWIND $rows AS row
MERGE (e:Entity {id: row.id})
WITH e, row, coalesce(e.aliases, []) AS stored
WITH e, row, reduce(acc = {names: stored, languages: coalesce(e.aliasLanguages, [x IN stored | ''])},
                    i IN range(0, size(row.aliases) - 1) |
       CASE WHEN row.aliases[i] IN acc.names THEN acc
            ELSE {names: acc.names + row.aliases[i], languages: acc.languages + row.aliasLanguages[i]} END) AS merged
SET e += row.properties,
    e.name = row.name,
    e.aliases = merged.names,
    e.aliasLanguages = merged.languages,
    e.demonyms = reduce(acc = coalesce(e.demonyms, []), x IN row.demonyms |
      CASE WHEN x IN acc THEN acc ELSE acc + x END),
    e.articleCount = coalesce(e.articleCount, 0) + row.articleCount
SET e:$(row.labels)
WITH e, row,
     CASE
       WHEN e.locationSource = 'reviewer' THEN 3
       WHEN e.locationSource STARTS WITH 'gazetteer' THEN 2
       WHEN e.locationSource IS NULL THEN 0
       ELSE 1
     END AS storedRank,
     CASE
       WHEN row.locationSource = 'reviewer' THEN 3
       WHEN row.locationSource STARTS WITH 'gazetteer' THEN 2
       ELSE 1
     END AS rowRank
FOREACH (_ IN CASE WHEN row.locationSource IS NOT NULL AND rowRank >= storedRank THEN [1] ELSE [] END |
  SET e.location = row.location, e.locationSource = row.locationSource)
