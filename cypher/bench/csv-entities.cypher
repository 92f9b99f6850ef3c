// LOAD CSV baseline (bench only): one row per entity, aliases and article counts already merged.
LOAD CSV WITH HEADERS FROM $url AS row
CALL (row) {
  MERGE (e:Entity {id: row.id})
  SET e.name = row.name,
      e.aliases = coalesce(split(row.aliases, '|'), []),
      e.demonyms = coalesce(split(row.demonyms, '|'), []),
      e.articleCount = toInteger(row.articleCount),
      e.roles = split(row.roles, '|'),
      e.population = toInteger(row.population),
      e.populationUnit = row.populationUnit,
      e.populationQualifier = row.populationQualifier,
      e.founded = row.founded
  SET e:$(split(row.labels, '|'))
} IN TRANSACTIONS OF $batch ROWS
