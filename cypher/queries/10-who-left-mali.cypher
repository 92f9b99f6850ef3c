// Who left Mali before Russia's Africa Corps, and when
MATCH (x:Entity)-[r:WITHDREW_FROM|OPERATES_IN]->(mali:Entity {id: 'mali'})
// An operation in Mali counts once it has ended: Africa Corps operates there still.
WHERE type(r) = 'WITHDREW_FROM' OR r.until IS NOT NULL
RETURN x.name AS who, type(r) AS relation,
       coalesce(r.until, r.announced) AS when, x, r, mali
ORDER BY toString(when)
