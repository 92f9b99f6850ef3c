import { setTimeout as delay } from "node:timers/promises";
import type { Driver } from "neo4j-driver";
import { cypher } from "../neo4j/cypherFiles.ts";
import { sessionConfig, withSession } from "../neo4j/session.ts";
import { QueryError } from "./queryError.ts";

/** How long past its limit a query may take before the server stops waiting for Neo4j to end it. */
export const DEADLINE_GRACE_MS = 1000;
/** How long a terminated query has to disappear from SHOW TRANSACTIONS before it counts as stuck. */
export const STOP_CHECK_MS = 1000;

/** A query Neo4j was told to end and still runs (or Neo4j no longer answers about it). */
export interface StuckQuery {
  /** Undefined when Neo4j did not answer SHOW TRANSACTIONS in time. */
  transactionId: string | undefined;
  status: string;
  timeoutMs: number;
}

/** "transaction neo4j-transaction-12 (Terminated)", or what is known when Neo4j did not answer. */
export function describeStuck(stuck: StuckQuery): string {
  return stuck.transactionId === undefined
    ? `its transaction (${stuck.status})`
    : `transaction ${stuck.transactionId} (${stuck.status})`;
}

/**
 * What to do about a stuck query; returns the error the user gets. For the
 * local Neo4j the server restarts it (graph/db/localWatchdog.ts); against
 * a user's own Neo4j the default says what is still running.
 */
export type OnStuckQuery = (stuck: StuckQuery) => QueryError;

export interface Deadline {
  driver: Driver;
  database: string | undefined;
  /** The id in the transaction's metadata (`requestId`). */
  requestId: string;
  timeoutMs: number;
  onStuck?: OnStuckQuery | undefined;
  /** Stops the work on this side once the deadline has passed (a query worker busy decoding is ended). */
  stop?: (() => void) | undefined;
}

const seconds = (ms: number) => `${Math.round(ms / 100) / 10} s`;

export function stuckOnUsersNeo4j(stuck: StuckQuery): QueryError {
  const where =
    stuck.transactionId === undefined
      ? "it did not answer when asked whether it stopped, so it may still run there"
      : `it still runs there as ${describeStuck(stuck)}`;
  return new QueryError(
    504,
    "timeout",
    `The query ran longer than ${seconds(stuck.timeoutMs)} and Neo4j was told to stop it, but ${where}, because some work (such as a long reduce() or planning a very large pattern) does not check for termination: it holds a processor of the database server until it ends by itself or Neo4j restarts.`,
  );
}

async function tagged(deadline: Deadline): Promise<{ transactionId: string; status: string } | undefined> {
  const records = await withSession(
    deadline.driver,
    sessionConfig(deadline.database, "WRITE"),
    async (session) =>
      (await session.run(cypher("query/find-tagged"), { requestId: deadline.requestId })).records,
  );
  const first = records[0];
  return first && { transactionId: String(first.get("transactionId")), status: String(first.get("status")) };
}

/**
 * Terminates the tagged transaction and waits up to `waitMs` for Neo4j to stop
 * listing it: undefined once it is gone, the transaction if it is still there.
 * Throws when Neo4j cannot be asked (it is down or restarting).
 */
export async function terminateTagged(deadline: Deadline, waitMs: number): Promise<StuckQuery | undefined> {
  await withSession(deadline.driver, sessionConfig(deadline.database, "WRITE"), (session) =>
    session.run(cypher("query/terminate-tagged"), { requestId: deadline.requestId }),
  ).catch(() => {
    // Finished meanwhile: nothing is left to stop.
  });
  const until = Date.now() + waitMs;
  for (;;) {
    const running = await tagged(deadline);
    if (!running) return undefined;
    if (Date.now() >= until) return { ...running, timeoutMs: deadline.timeoutMs };
    await delay(200);
  }
}

/**
 * Runs `work` (a user query, or its EXPLAIN check) and answers by its time
 * limit plus a small grace whatever Neo4j does. Neo4j's own transaction
 * timeout ends most queries; some keep running after it (expressions and the
 * planner do not check for termination). Then the server stops waiting,
 * terminates the transaction, and checks that it ended; if it did not, the
 * answer names what still runs (or the local Neo4j is restarted).
 */
export async function withDeadline<T>(deadline: Deadline, work: () => Promise<T>): Promise<T> {
  const overdue = Symbol("overdue");
  let timer: NodeJS.Timeout | undefined;
  const expired = new Promise<typeof overdue>((resolve) => {
    timer = setTimeout(() => resolve(overdue), deadline.timeoutMs + DEADLINE_GRACE_MS);
  });
  const running = work();
  // Once the deadline has passed, what the work still throws is no longer anyone's answer.
  running.catch(() => undefined);
  try {
    const first = await Promise.race([running, expired]);
    if (first !== overdue) return first;
  } finally {
    clearTimeout(timer);
  }
  deadline.stop?.();
  const limit = seconds(deadline.timeoutMs);
  let stuck: StuckQuery | undefined;
  try {
    // A Neo4j too busy to answer SHOW TRANSACTIONS does not hold the answer back either.
    const silent = delay(3 * STOP_CHECK_MS).then((): StuckQuery => ({
      transactionId: undefined,
      status: "Neo4j did not answer when asked about it",
      timeoutMs: deadline.timeoutMs,
    }));
    stuck = await Promise.race([terminateTagged(deadline, STOP_CHECK_MS), silent]);
  } catch {
    throw new QueryError(
      503,
      "neo4j_unavailable",
      `The query ran longer than ${limit}, and Neo4j could not be reached to stop it (it may be restarting): try again in a moment.`,
    );
  }
  if (!stuck) {
    throw new QueryError(504, "timeout", `The query ran longer than ${limit} and was stopped.`);
  }
  throw (deadline.onStuck ?? stuckOnUsersNeo4j)(stuck);
}
