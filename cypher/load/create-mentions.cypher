// One MENTIONS relationship per sentence and entity; offsets are relative to
// the sentence text, one entry per occurrence.
UNWIND $rows AS row
MATCH (s:Sentence {id: row.sentence})
MATCH (e:Entity {id: row.entity})
CREATE (s)-[:MENTIONS {surfaces: row.surfaces, starts: row.starts, ends: row.ends, count: size(row.starts)}]->(e)
