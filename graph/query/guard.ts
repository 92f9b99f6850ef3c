import type { Session } from "neo4j-driver";
import { neo4jErrorKind } from "../neo4j/errorKind.ts";
import { QueryError, syntaxPosition } from "./errors.ts";
import { type PlanOperator, refusalReason } from "./policy.ts";

interface PlanNode {
  operatorType: string;
  arguments?: Record<string, unknown>;
  children?: PlanNode[];
}

function flatten(plan: PlanNode | false | undefined): PlanOperator[] {
  if (!plan) return [];
  const details = plan.arguments?.Details;
  return [
    { operatorType: plan.operatorType, details: typeof details === "string" ? details : "" },
    ...(plan.children ?? []).flatMap((child) => flatten(child)),
  ];
}

/** The line and column (1-based) of an offset in a text. */
function positionAt(text: string, offset: number): { line: number; column: number; offset: number } {
  const before = text.slice(0, offset).split("\n");
  return { line: before.length, column: (before.at(-1)?.length ?? 0) + 1, offset };
}

/**
 * Turns a Neo4j error about the query text into a QueryError; rethrows anything
 * else. `shift` is how many characters were put before the user's text, so
 * that a syntax error points into what the user wrote.
 */
export function rethrowAsQueryError(error: unknown, query?: string, shift = 0): never {
  const kind = neo4jErrorKind(error);
  if (kind === "syntax") {
    const message = (error as Error).message;
    const reported = syntaxPosition(message);
    const position =
      reported && query !== undefined
        ? positionAt(query, Math.max(0, Math.min(query.length, reported.offset - shift)))
        : reported;
    const first = (message.split("\n")[0] ?? message).replace(
      /\s*\(line \d+, column \d+ \(offset: \d+\)\)/,
      "",
    );
    throw new QueryError(
      400,
      "syntax",
      position ? `${first} (line ${position.line}, column ${position.column})` : first,
      position,
    );
  }
  if (kind === "statement") {
    const message = (error as Error).message;
    throw new QueryError(400, "invalid", message.split("\n")[0] ?? message);
  }
  throw error;
}

/**
 * Plans the query with EXPLAIN (nothing is executed) and refuses it unless it
 * is a pure read that calls only allowed procedures. Syntax errors surface
 * here with their position.
 */
export async function assertReadOnly(
  session: Session,
  query: string,
  params: Record<string, unknown>,
): Promise<void> {
  let summary;
  // A query that is already EXPLAIN or PROFILE is planned as it is (PROFILE becomes EXPLAIN).
  const prefix = /^(\s|\/\/[^\n]*\n|\/\*[\s\S]*?\*\/)*(EXPLAIN|PROFILE)\b/i.exec(query);
  const explained = prefix ? `EXPLAIN ${query.slice(prefix[0].length)}` : `EXPLAIN ${query}`;
  try {
    const result = await session.run(explained, params);
    summary = result.summary;
  } catch (error) {
    rethrowAsQueryError(error, query, explained.length - query.length);
  }
  const reason = refusalReason(summary.queryType, flatten(summary.plan as PlanNode | false));
  if (reason) throw new QueryError(403, "read_only", reason);
}
