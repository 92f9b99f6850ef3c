import type { MessagePort } from "node:worker_threads";
import type { ConnectionSettings } from "../../../neo4j/connection.ts";
import type { ThrownInWorker } from "../../../query/worker/protocol.ts";

/** What an export asks its worker to do: stream these queries into the spool in `spoolDir`. */
export interface ExportTask {
  connection: ConnectionSettings;
  queries: string[];
  /** As paramsForWorker sends them (integers as BigInt). */
  params: Record<string, unknown>;
  database: string | undefined;
  /** Unset for the project's own statements (--all): the server's limit. */
  timeoutMs: number | undefined;
  requestId: string;
  spoolDir: string;
  /** Receives the count of records read so far, every thousand. */
  progress: MessagePort;
}

export type ExportAnswer =
  | { ok: true; nodes: number; relationships: number }
  | { ok: false; error: ThrownInWorker };
