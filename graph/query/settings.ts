import { ConfigError, type Env } from "../config/env.ts";
import { DEFAULT_MAX_BYTES } from "./answerBounds.ts";
import type { QueryLimits } from "./runUserQuery.ts";

/** How the server runs the workbench's queries (QUERY_* and DOSSIER_ALLOW_WRITES). */
export interface QuerySettings {
  /** Applied when the client asks for no timeout; `timeoutMs` is the default. */
  limits: QueryLimits;
  /** The longest timeout a client may ask for. */
  timeoutMaxMs: number;
  /** Off unless the operator opted in: queries then run in WRITE mode, unchecked. */
  allowWrites: boolean;
}

export const defaultQuerySettings: QuerySettings = {
  limits: { timeoutMs: 10_000, maxRows: 5000, maxNodes: 2000, maxBytes: DEFAULT_MAX_BYTES },
  timeoutMaxMs: 60_000,
  allowWrites: false,
};

export function querySettingsFromEnv(env: Env): QuerySettings {
  if (env.QUERY_TIMEOUT > env.QUERY_TIMEOUT_MAX) {
    throw new ConfigError(
      `QUERY_TIMEOUT (${env.QUERY_TIMEOUT} ms) must not be longer than QUERY_TIMEOUT_MAX (${env.QUERY_TIMEOUT_MAX} ms).`,
    );
  }
  return {
    limits: {
      timeoutMs: env.QUERY_TIMEOUT,
      maxRows: env.QUERY_MAX_ROWS,
      maxNodes: env.QUERY_MAX_NODES,
      maxBytes: env.QUERY_MAX_BYTES,
    },
    timeoutMaxMs: env.QUERY_TIMEOUT_MAX,
    allowWrites: env.DOSSIER_ALLOW_WRITES,
  };
}

/** The limits for one request: the client may shorten the timeout, never lengthen it. */
export function limitsFor(settings: QuerySettings, requestedTimeoutMs: number | undefined): QueryLimits {
  const timeoutMs =
    requestedTimeoutMs === undefined
      ? settings.limits.timeoutMs
      : Math.min(requestedTimeoutMs, settings.timeoutMaxMs);
  return { ...settings.limits, timeoutMs };
}
