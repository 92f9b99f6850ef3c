import neo4j, { Neo4jError } from "neo4j-driver";
import type { QueryResult } from "../../contract/workbench.ts";
import { QueryError } from "../queryError.ts";
import type { QueryLimits } from "../runUserQuery.ts";

/** What the main thread asks a query worker to do: run a user's query, or only check it. */
export type QueryTask =
  | {
      kind: "run";
      query: string;
      params: Record<string, unknown>;
      database: string | undefined;
      allowWrites: boolean;
      limits: QueryLimits;
      requestId: string;
    }
  | {
      kind: "check";
      query: string;
      params: Record<string, unknown>;
      database: string | undefined;
      timeoutMs: number;
      requestId: string;
    };

/**
 * Query parameters as they cross to a worker: a structured clone turns the
 * driver's Integer into a plain {low, high} map, which Neo4j would receive as
 * a map, so integers travel as BigInt, which the driver sends as INTEGER.
 */
export function paramsForWorker(value: unknown): unknown {
  if (neo4j.isInt(value)) return BigInt(value.toString());
  if (Array.isArray(value)) return value.map(paramsForWorker);
  if (value !== null && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, paramsForWorker(v)]));
  }
  return value;
}

/**
 * An error as it crosses the thread boundary: a structured clone keeps only
 * an Error's message, so what the API's answer depends on (the QueryError's
 * status and code, Neo4j's code) travels as plain data.
 */
export type ThrownInWorker =
  | {
      type: "query";
      status: number;
      code: QueryError["code"];
      message: string;
      position?: QueryError["position"];
    }
  | { type: "neo4j"; code: string; message: string }
  | { type: "other"; message: string };

export type TaskAnswer = { ok: true; result: QueryResult | null } | { ok: false; error: ThrownInWorker };

export function toThrown(error: unknown): ThrownInWorker {
  if (error instanceof QueryError) {
    const { status, code, message, position } = error;
    return { type: "query", status, code, message, ...(position ? { position } : {}) };
  }
  if (error instanceof Neo4jError) return { type: "neo4j", code: error.code, message: error.message };
  return { type: "other", message: error instanceof Error ? error.message : String(error) };
}

/** The error again on the main thread, as the API's one error path (server/errors.ts) knows it. */
export function fromThrown(thrown: ThrownInWorker): Error {
  if (thrown.type === "query")
    return new QueryError(thrown.status, thrown.code, thrown.message, thrown.position);
  if (thrown.type === "neo4j")
    return new Neo4jError(thrown.message, thrown.code, "50N42", "error: general processing exception");
  return new Error(thrown.message);
}
