import type { ErrorCode } from "../contract/errorCodes.ts";

/** A user query that was not run or did not finish, with the HTTP status it maps to. */
export class QueryError extends Error {
  constructor(
    readonly status: number,
    readonly code: Extract<
      ErrorCode,
      | "read_only"
      | "syntax"
      | "timeout"
      | "invalid"
      | "memory"
      | "neo4j_unavailable"
      | "neo4j_restarting"
      | "cancelled"
    >,
    message: string,
    readonly position?: { line: number; column: number; offset: number },
  ) {
    super(message);
    this.name = "QueryError";
  }
}

/** Neo4j reports syntax errors as "... (line 1, column 8 (offset: 7))". */
export function syntaxPosition(
  message: string,
): { line: number; column: number; offset: number } | undefined {
  const match = /line (\d+), column (\d+) \(offset: (\d+)\)/.exec(message);
  if (!match) return undefined;
  return { line: Number(match[1]), column: Number(match[2]), offset: Number(match[3]) };
}
