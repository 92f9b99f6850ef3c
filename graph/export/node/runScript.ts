import type { Driver } from "neo4j-driver";
import { sessionConfig, withSession } from "../../neo4j/session.ts";
import { parameterize } from "./scriptParams.ts";

export interface ScriptTotals {
  nodesCreated: number;
  relationshipsCreated: number;
  propertiesSet: number;
}

/** A statement of a script that Neo4j refused; those before it were applied. */
export class ScriptStatementError extends Error {
  constructor(
    /** From 1. */
    readonly statement: number,
    /** Neo4j's first line. */
    readonly reason: string,
  ) {
    super(`Statement ${statement} failed: ${reason}`);
    this.name = "ScriptStatementError";
  }
}

/**
 * Runs the statements of a script (as `export --format cypher` writes them)
 * one by one, each in its own auto-commit transaction: schema changes cannot
 * share one with writes. A statement's literal rows go as a parameter, so
 * batches share one query plan.
 */
export function runScriptStatements(
  driver: Driver,
  database: string | undefined,
  statements: readonly string[],
  onStatement?: (done: number) => void,
): Promise<ScriptTotals> {
  const totals: ScriptTotals = { nodesCreated: 0, relationshipsCreated: 0, propertiesSet: 0 };
  return withSession(driver, sessionConfig(database, "WRITE"), async (session) => {
    for (const [index, statement] of statements.entries()) {
      const parameterized = parameterize(statement);
      const run = parameterized
        ? session.run(parameterized.query, parameterized.params)
        : session.run(statement);
      const result = await run.catch((error: unknown) => {
        throw new ScriptStatementError(index + 1, (error as Error).message.split("\n")[0] ?? "");
      });
      const counters = result.summary.counters.updates();
      totals.nodesCreated += counters.nodesCreated;
      totals.relationshipsCreated += counters.relationshipsCreated;
      totals.propertiesSet += counters.propertiesSet;
      onStatement?.(index + 1);
    }
    return totals;
  });
}
