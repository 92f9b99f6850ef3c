import { createContext, useContext } from "react";
import type { HealthResponse as Health } from "../../../../graph/contract/explorer.ts";
import { ApiError } from "../../api.ts";

export type { Health };

/** Whether the server and Neo4j answer, as every panel of the explorer sees it. */
export interface Connection {
  /** What is wrong right now (Neo4j down, a timeout, the server gone), or null. */
  outage: string | null;
  /** The last health answer: version and counts. */
  health: Health | null;
  /** Counts the recoveries; effects that fetch depend on it so that they fetch again. */
  generation: number;
  /** Checks the server again now. */
  retry(): void;
}

export const ConnectionContext = createContext<Connection | null>(null);

export function useConnection(): Connection {
  const connection = useContext(ConnectionContext);
  if (!connection) throw new Error("useConnection is used outside the connection provider.");
  return connection;
}

/** Errors that mean "try again later" rather than "this request is wrong". */
export function isOutage(error: unknown): error is ApiError {
  return error instanceof ApiError && (error.status === 0 || error.status === 503 || error.status === 504);
}

export function isAbort(error: unknown): boolean {
  return error instanceof Error && error.name === "AbortError";
}
