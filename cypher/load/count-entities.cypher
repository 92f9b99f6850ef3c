// Entities merged before the articles' transactions (merge-entities with no
// article counted): each transaction counts the articles it writes that name them.
UNWIND $rows AS row
MATCH (e:Entity {id: row.id})
SET e.articleCount = coalesce(e.articleCount, 0) + row.articleCount
