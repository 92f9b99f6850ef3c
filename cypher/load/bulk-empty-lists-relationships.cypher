// After a bulk import: as bulk-empty-lists-nodes, for relationships.
MATCH ()-[r]->()
WHERE r._emptyLists IS NOT NULL
CALL (r) {
  FOREACH (key IN r._emptyLists | SET r[key] = [])
  REMOVE r._emptyLists
} IN TRANSACTIONS OF 10000 ROWS
