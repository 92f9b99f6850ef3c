// Bench: nodes and relationships in the database, from the count store.
MATCH (n) WITH count(n) AS nodes
MATCH ()-[r]->() RETURN nodes, count(r) AS relationships
