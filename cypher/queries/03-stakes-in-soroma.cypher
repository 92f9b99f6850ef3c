// Who holds stakes in SOROMA-SA, and what it is for
MATCH (holder:Entity)-[stake:HOLDS_STAKE_IN]->(soroma:Entity {id: 'soroma-sa'})
OPTIONAL MATCH (soroma)-[jv:OPERATES_IN]->(project:Entity)
RETURN holder.name AS name, stake.stake AS share, stake.stakeUnit AS unit,
       project.name AS jointVentureFor, holder, stake, soroma, jv, project
