UNWIND $rows AS row
MERGE (a:Article {slug: row.slug})
// Provenance values and the date are left out when absent (an undated article has no published):
// a reload must not keep the earlier ones.
REMOVE a.wire, a.reprintOf, a.shared, a.outlet, a.published
SET a += row.properties
