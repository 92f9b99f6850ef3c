import type { Env } from "../../config/env.ts";
import type { LocalInstanceOptions } from "./instance.ts";
import { defaultDataDir } from "./paths.ts";
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
