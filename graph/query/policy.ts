/**
 * What a user's Cypher may do in read-only mode, decided from the plan that
 * EXPLAIN returns (nothing runs): only read queries (queryType "r"), no
 * LOAD CSV (it reads files and URLs), no transaction termination, no SHOW
 * TRANSACTIONS or SHOW SETTINGS (they show other users' query texts and the
 * server's file paths), and only the procedures below (schema and full-text
 * look-ups, the server's version).
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

/** SHOW commands that reveal more than the graph: other transactions' queries, the server's settings. */
const REFUSED_COMMANDS: Readonly<Record<string, string>> = {
  ShowTransactions: "SHOW TRANSACTIONS",
  ShowSettings: "SHOW SETTINGS",
};

/**
 * Operators of a plan that only calls procedures and shapes their rows.
 * Neo4j gives such a plan the query type "s" when a procedure is a DBMS one
 * (dbms.components), although nothing is changed.
 */
const CALL_ONLY_OPERATORS = new Set([
  "ProduceResults",
  "ProcedureCall",
  "ProcedureCallEager",
  "Projection",
  "Filter",
  "Limit",
  "Skip",
  "Sort",
  "Top",
  "Unwind",
  "Distinct",
  "EagerAggregation",
  "Argument",
]);

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
    const command = REFUSED_COMMANDS[name];
    if (command) {
      return `${command} is not allowed in read-only mode: it shows other users' queries and the server's configuration.`;
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
  const callOnly = operators.every((op) => CALL_ONLY_OPERATORS.has(op.operatorType.split("@")[0] ?? ""));
  if (queryType === "s" && !callOnly) {
    return "This query changes the schema or the configuration, and queries run in read-only mode.";
  }
  if (queryType !== "r" && queryType !== "s") {
    return `Queries of type "${queryType}" are not allowed in read-only mode.`;
  }
  return undefined;
}
