// Everything within 300 km of Bamako: each located entity, its distance and what is tied to it there
// Locations are WGS-84 points (from the gazetteer, a reviewer, or the place an entity lies in);
// point.distance gives metres along the earth's surface.
MATCH (bamako:Entity {id: 'bamako'})
MATCH (place:Entity)
WHERE point.distance(place.location, bamako.location) <= 300000
OPTIONAL MATCH (x:Entity)-->(place)
WITH bamako, place, x
ORDER BY x.name
RETURN place.name AS place,
       toInteger(round(point.distance(place.location, bamako.location) / 1000.0)) AS km,
       place.locationSource AS source,
       collect(DISTINCT x.name) AS tiedThere
ORDER BY km, place
