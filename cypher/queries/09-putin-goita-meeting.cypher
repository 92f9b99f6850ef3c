// The Goïta–Putin meeting: when, where, and as part of what
MATCH (meeting:Event {id: 'goita-putin-kremlin-meeting'})-[r]-(x:Entity)
RETURN meeting.date AS date, meeting.format AS format, type(r) AS relation, x.name AS other,
       meeting, r, x
ORDER BY relation
