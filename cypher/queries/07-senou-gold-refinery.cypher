// The Senou gold refinery: partners, place, capacity and concerns
MATCH (refinery:Entity {id: 'senou-gold-refinery'})-[r]-(x:Entity)
RETURN type(r) AS relation, x.name AS with,
       refinery.expectedCapacity AS capacity, refinery.expectedCapacityUnit AS unit,
       refinery, r, x
ORDER BY relation
