// Bench: entities to expand and search, by degree over domain relationships
// (lexical MENTIONS excluded). High: the biggest hubs; low: a sample of leaves.
MATCH (e:Entity)
WITH e, COUNT { (e)-[r]-(:Entity) } AS degree
ORDER BY degree DESC
WITH collect({id: elementId(e), degree: degree, name: e.name}) AS all
RETURN all[0..$high] AS high,
       [x IN all WHERE x.degree <= $lowMax][0..$low] AS low,
       [x IN all WHERE x.degree >= $n AND x.degree <= $n * 2][0..5] AS around
