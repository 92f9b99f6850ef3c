UNWIND $rows AS row
MERGE (a:Article {slug: row.slug})
// Provenance values are left out when absent: a reload must not keep the earlier ones.
REMOVE a.wire, a.reprintOf, a.shared, a.outlet
SET a += row.properties
