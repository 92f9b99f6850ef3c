import type { Session } from "neo4j-driver";
import { neo4jErrorKind } from "../neo4j/errorKind.ts";
import { QueryError, syntaxPosition } from "./queryError.ts";
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

/** Neo4j's message up to its first full stop, on one line (some messages wrap over several). */
export function firstSentence(message: string): string {
  const flat = message.replace(/\s*\n\s*/g, " ").trim();
  return /^.*?[.!?](?=\s|$)/.exec(flat)?.[0] ?? flat;
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
    throw new QueryError(400, "invalid", firstSentence((error as Error).message));
  }
  if (kind === "memory") {
    throw new QueryError(
      400,
      "memory",
      `Neo4j ran out of memory for this query (${firstSentence((error as Error).message).replace(/\.$/, "")}): ask for less, for example with LIMIT or shorter lists and strings.`,
    );
  }
  throw error;
}

/** How the EXPLAIN check's transaction is run: the same time limit and tag as the query. */
export interface CheckTransaction {
  /** Unset leaves the server's limit (the project's own export statements). */
  timeoutMs?: number;
  requestId: string;
}

/**
 * Plans the query with EXPLAIN (nothing is executed) and refuses it unless it
 * is a pure read that calls only allowed procedures. Syntax errors surface
 * here with their position. Planning runs in a transaction with the query's
 * time limit and tag, so a plan that takes too long is stopped like a query.
 */
export async function assertReadOnly(
  session: Session,
  query: string,
  params: Record<string, unknown>,
  check: CheckTransaction,
): Promise<void> {
  let summary;
  // A query that is already EXPLAIN or PROFILE is planned as it is (PROFILE becomes EXPLAIN).
  const prefix = /^(\s|\/\/[^\n]*\n|\/\*[\s\S]*?\*\/)*(EXPLAIN|PROFILE)\b/i.exec(query);
  const explained = prefix ? `EXPLAIN ${query.slice(prefix[0].length)}` : `EXPLAIN ${query}`;
  const tx = session.beginTransaction({
    ...(check.timeoutMs === undefined ? {} : { timeout: check.timeoutMs }),
    metadata: { app: "dossier", requestId: check.requestId, check: true },
  });
  try {
    const result = await tx.run(explained, params);
    summary = result.summary;
  } catch (error) {
    rethrowAsQueryError(error, query, explained.length - query.length);
  } finally {
    await tx.rollback().catch(() => undefined);
  }
  const reason = refusalReason(summary.queryType, flatten(summary.plan as PlanNode | false));
  if (reason) throw new QueryError(403, "read_only", reason);
}
