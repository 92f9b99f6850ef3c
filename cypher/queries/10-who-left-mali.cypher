// Who left Mali before Russia's Africa Corps, and when
MATCH (x:Entity)-[r:WITHDREW_FROM|OPERATED_IN]->(mali:Entity {id: 'mali'})
RETURN x.name AS who, type(r) AS relation,
       coalesce(r.until, r.announced) AS when, x, r, mali
ORDER BY toString(when)
