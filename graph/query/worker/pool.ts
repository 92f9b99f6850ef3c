import { randomUUID } from "node:crypto";
import type { Driver } from "neo4j-driver";
import { Piscina } from "piscina";
import type { QueryResult } from "../../contract/workbench.ts";
import type { ConnectionSettings } from "../../neo4j/connection.ts";
import { type OnStuckQuery, terminateTagged, withDeadline } from "../deadline.ts";
import { QueryError } from "../queryError.ts";
import type { QueryLimits, UserQuery } from "../runUserQuery.ts";
import { type QueryTask, type TaskAnswer, fromThrown, paramsForWorker } from "./protocol.ts";
import type { QueryWorkerData } from "./task.ts";

/** The heap a query worker may use; past it the worker is ended and the user told. */
export const WORKER_HEAP_MB = 512;

export interface QueryWorkerOptions {
  /** Queries received at once; more wait their turn (within their time limit). */
  maxThreads?: number;
  heapMb?: number;
  /**
   * Where the workers' queries are terminated and checked from, when the
   * workers reach another Neo4j than the caller's (the workbench's own local
   * instance); the caller's side otherwise.
   */
  target?: MainSide;
  /** Why the workers' Neo4j cannot take a query now (starting, restarting); undefined when it can. */
  unavailable?: () => QueryError | undefined;
}

/** Where the main thread reaches Neo4j to terminate a query and check it stopped. */
export interface MainSide {
  driver: Driver;
  database: string | undefined;
  onStuck?: OnStuckQuery | undefined;
}

const cancelled = () => new QueryError(499, "cancelled", "The query was cancelled.");

/**
 * The workbench's queries run in worker threads, each with its own driver:
 * Neo4j sends a row whole and the driver decodes it in one go (a list of ten
 * million numbers takes minutes), so on the server's own thread one huge row
 * would hold up every other request. The main thread keeps the time limit: an
 * overdue worker is ended (whatever it is decoding) and its transaction
 * terminated, as query/deadline.ts describes. A pool of a well-kept library
 * (piscina) starts, reuses and ends the threads.
 */
export class QueryWorkers {
  private readonly pool: Piscina;
  private readonly heapMb: number;
  private readonly target: MainSide | undefined;
  private readonly unavailable: () => QueryError | undefined;

  constructor(connection: ConnectionSettings, options: QueryWorkerOptions = {}) {
    this.heapMb = options.heapMb ?? WORKER_HEAP_MB;
    this.target = options.target;
    this.unavailable = options.unavailable ?? (() => undefined);
    const workerData: QueryWorkerData = { connection };
    this.pool = new Piscina({
      filename: new URL("./entry.mjs", import.meta.url).href,
      minThreads: 1,
      maxThreads: options.maxThreads ?? 4,
      idleTimeout: 60_000,
      // The entry registers its own TypeScript loader; the parent's flags (a test runner's) are not its own.
      execArgv: [],
      resourceLimits: { maxOldGenerationSizeMb: this.heapMb },
      workerData,
    });
  }

  /** Runs a user's query in a worker, answering by its time limit plus a small grace. */
  async runQuery(
    main: MainSide,
    request: Omit<UserQuery, "database">,
    limits: QueryLimits,
  ): Promise<QueryResult> {
    const task = (requestId: string): QueryTask => ({
      kind: "run",
      query: request.query,
      params: paramsForWorker(request.params ?? {}) as Record<string, unknown>,
      database: (this.target ?? main).database,
      allowWrites: request.allowWrites ?? false,
      limits,
      requestId,
    });
    const result = await this.underDeadline(main, limits.timeoutMs, task, request.signal);
    if (!result) throw new Error("A query worker answered a run without a result.");
    return result;
  }

  /** Plans a user's query (EXPLAIN) in a worker under the same time limit. */
  async checkQuery(
    main: MainSide,
    query: string,
    params: Record<string, unknown>,
    timeoutMs: number,
  ): Promise<void> {
    await this.underDeadline(main, timeoutMs, (requestId) => ({
      kind: "check",
      query,
      params,
      database: (this.target ?? main).database,
      timeoutMs,
      requestId,
    }));
  }

  close(): Promise<void> {
    return this.pool.destroy();
  }

  private async underDeadline(
    caller: MainSide,
    timeoutMs: number,
    task: (requestId: string) => QueryTask,
    clientGone?: AbortSignal,
  ): Promise<QueryResult | null> {
    const refusal = this.unavailable();
    if (refusal) throw refusal;
    const main = this.target ?? caller;
    const requestId = randomUUID();
    const worker = new AbortController();
    const deadline = { ...main, requestId, timeoutMs, stop: () => worker.abort() };
    // A rollback waits for a running query to finish; terminating it from another session does not.
    const onGone = () => {
      worker.abort();
      void terminateTagged({ ...deadline, timeoutMs: 0 }, 0).catch(() => undefined);
    };
    clientGone?.addEventListener("abort", onGone, { once: true });
    try {
      if (clientGone?.aborted) throw cancelled();
      return await withDeadline(deadline, () => this.inWorker(task(requestId), worker.signal, clientGone));
    } finally {
      clientGone?.removeEventListener("abort", onGone);
    }
  }

  private async inWorker(
    task: QueryTask,
    signal: AbortSignal,
    clientGone?: AbortSignal,
  ): Promise<QueryResult | null> {
    let answer: TaskAnswer;
    try {
      answer = (await this.pool.run(task, { signal })) as TaskAnswer;
    } catch (error) {
      if (clientGone?.aborted) throw cancelled();
      if ((error as { code?: unknown }).code === "ERR_WORKER_OUT_OF_MEMORY") {
        throw new QueryError(
          400,
          "memory",
          `The answer to this query took more than the ${this.heapMb} MB the server gives one query before it could be measured (one row was too large): ask for less, for example with LIMIT or shorter lists and strings.`,
        );
      }
      throw error;
    }
    if (!answer.ok) throw clientGone?.aborted ? cancelled() : fromThrown(answer.error);
    return answer.result;
  }
}
