MERGE (a:Article {slug: $slug})
SET a += $properties
