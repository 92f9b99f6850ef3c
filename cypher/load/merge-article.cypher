UNWIND $rows AS row
MERGE (a:Article {slug: row.slug})
SET a += row.properties
