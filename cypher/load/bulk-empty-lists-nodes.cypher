// After a bulk import: the importer reads an empty list as no value, so the
// keys whose value is an empty list were listed in _emptyLists; set them.
MATCH (n)
WHERE n._emptyLists IS NOT NULL
CALL (n) {
  FOREACH (key IN n._emptyLists | SET n[key] = [])
  REMOVE n._emptyLists
} IN TRANSACTIONS OF 10000 ROWS
