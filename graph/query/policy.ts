/**
 * What a user's Cypher may do in read-only mode, decided from the plan that
 * EXPLAIN returns (nothing runs): only read queries (queryType "r"), no
 * LOAD CSV (it reads files and URLs), no transaction termination, and only
 * the procedures below (schema and full-text look-ups).
 */
export const ALLOWED_PROCEDURES: readonly string[] = [
  "db.labels",
  "db.relationshipTypes",
  "db.propertyKeys",
  "db.schema.visualization",
  "db.schema.nodeTypeProperties",
  "db.schema.relTypeProperties",
  "db.index.fulltext.queryNodes",
  "db.index.fulltext.queryRelationships",
  "db.index.fulltext.listAvailableAnalyzers",
  "dbms.components",
];

export interface PlanOperator {
  operatorType: string;
  details: string;
}

/** Why a plan is refused, as one sentence naming read-only mode; undefined when it is allowed. */
export function refusalReason(queryType: string, operators: readonly PlanOperator[]): string | undefined {
  for (const op of operators) {
    const name = op.operatorType.split("@")[0] ?? "";
    if (name === "LoadCSV") {
      return "LOAD CSV is not allowed in read-only mode: it reads files and URLs from the database server.";
    }
    if (name === "TerminateTransactions") {
      return "TERMINATE TRANSACTIONS is not allowed in read-only mode.";
    }
    if (name === "ProcedureCall" || name === "ProcedureCallEager") {
      const procedure = op.details.split("(")[0]?.trim() ?? "";
      if (!ALLOWED_PROCEDURES.includes(procedure)) {
        return `The procedure ${procedure || "called"} is not allowed in read-only mode; allowed: ${ALLOWED_PROCEDURES.join(", ")}.`;
      }
    }
  }
  if (queryType === "w" || queryType === "rw") {
    return "This query writes to the database, and queries run in read-only mode: CREATE, MERGE, SET, DELETE, REMOVE and write procedures are refused.";
  }
  if (queryType === "s") {
    return "This query changes the schema or the configuration, and queries run in read-only mode.";
  }
  if (queryType !== "r") {
    return `Queries of type "${queryType}" are not allowed in read-only mode.`;
  }
  return undefined;
}
