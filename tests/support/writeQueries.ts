/**
 * Statements that write, change the schema, reach outside the database or
 * administer it: every one must be refused in read-only mode, leaving the
 * database as it was (the workbench's API and the query runner are tried with the same list).
 */
export const WRITE_QUERIES = [
  "CREATE (:Person {name: 'Intruder'})",
  "MERGE (p:Person {name: 'Intruder'}) RETURN p",
  "MATCH (p:Person) SET p.name = 'changed'",
  "MATCH (p:Person) DETACH DELETE p",
  "MATCH (p:Person) REMOVE p.name",
  "MATCH (p:Person) CALL (p) { SET p.x = 1 } IN TRANSACTIONS RETURN count(*)",
  "FOREACH (i IN [1] | CREATE (:Intruder))",
  "CREATE INDEX intruder IF NOT EXISTS FOR (n:Person) ON (n.x)",
  "DROP CONSTRAINT entity_id",
  "CALL db.createLabel('Intruder')",
  "CALL dbms.listConfig()",
  "TERMINATE TRANSACTIONS 'neo4j-transaction-1'",
  "LOAD CSV FROM 'file:///etc/passwd' AS line RETURN line",
  "LOAD CSV FROM 'http://127.0.0.1:1/' AS line RETURN line",
];
