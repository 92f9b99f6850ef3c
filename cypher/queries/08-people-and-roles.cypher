// People and their roles
MATCH (person:Person)
OPTIONAL MATCH (person)-[lead:LEADS]->(led:Entity)
OPTIONAL MATCH (person)-[:PARTICIPATED_IN]->(event:Event)
RETURN person.name AS name, person.roles AS roles,
       collect(DISTINCT led.name) AS leads, collect(DISTINCT event.name) AS tookPartIn,
       person, collect(DISTINCT lead) AS leadership, collect(DISTINCT led) AS ledEntities
ORDER BY name
