import type { Env } from "../../config/env.ts";
import type { LocalInstanceOptions } from "./instance.ts";
import { defaultDataDir, defaultWorkbenchDataDir } from "./paths.ts";
import { resolve } from "node:path";

/** The local instance the environment describes (NEO4J_DATA, NEO4J_PORT, memory). */
export function localOptionsFromEnv(env: Env): LocalInstanceOptions {
  return {
    dataDir: env.NEO4J_DATA ? resolve(env.NEO4J_DATA) : defaultDataDir,
    port: env.NEO4J_PORT,
    heap: env.NEO4J_HEAP,
    pagecache: env.NEO4J_PAGECACHE,
    txTimeout: env.NEO4J_TX_TIMEOUT,
    txMemory: env.NEO4J_TX_MEMORY,
  };
}

/** A workbench transaction may hold this much of the workbench instance's memory. */
export const WORKBENCH_TX_MEMORY = "256m";

/**
 * The workbench's instance: its own store (beside NEO4J_DATA's, or under
 * .dossier/neo4j/workbench), its own port, a small heap and page cache (the
 * graph of the articles is small), the same binaries and safety settings, and
 * a lower share of the processors than the explorer's.
 */
export function workbenchOptionsFromEnv(env: Env): LocalInstanceOptions {
  return {
    dataDir: env.NEO4J_DATA ? `${resolve(env.NEO4J_DATA)}-workbench` : defaultWorkbenchDataDir,
    port: env.WORKBENCH_NEO4J_PORT,
    heap: env.WORKBENCH_NEO4J_HEAP,
    pagecache: env.WORKBENCH_NEO4J_PAGECACHE,
    txTimeout: env.NEO4J_TX_TIMEOUT,
    txMemory: WORKBENCH_TX_MEMORY,
    yielding: true,
  };
}
