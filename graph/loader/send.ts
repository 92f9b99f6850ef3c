import type { ManagedTransaction } from "neo4j-driver";

/** Rows per statement: small enough that the server starts on one while the next is encoded. */
export const STATEMENT_ROWS = 2000;

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

export interface Send {
  statement: string;
  params: Record<string, unknown>;
  /** Runs when the statement's answer arrives. */
  report?: () => void;
}

/** A statement per slice of at most `size` rows; `report` gets the rows done after each. */
export function sliced(
  statement: string,
  rows: readonly unknown[],
  size: number,
  report?: (done: number) => void,
): Send[] {
  const sends: Send[] = [];
  for (let start = 0; start < rows.length; start += size) {
    const done = Math.min(start + size, rows.length);
    sends.push({ statement, params: { rows: rows.slice(start, done) }, report: () => report?.(done) });
  }
  return sends;
}

/**
 * Sends the statements in order without waiting for their answers: the driver
 * pipelines them on the transaction's connection and the server runs them in
 * order, so a transaction costs about one round trip, not one per statement.
 * The event loop gets a turn after each, so the server works on one while the
 * next is encoded. Whatever fails, the transaction fails.
 */
export async function sendAll(tx: ManagedTransaction, sends: readonly Send[]): Promise<void> {
  const answers: Promise<void>[] = [];
  for (const send of sends) {
    const answer = Promise.resolve(tx.run(send.statement, send.params)).then(() => send.report?.());
    // Awaited below; a failure while later statements are still being sent is not unhandled.
    answer.catch(() => undefined);
    answers.push(answer);
    await nextTurn();
  }
  await Promise.all(answers);
}
