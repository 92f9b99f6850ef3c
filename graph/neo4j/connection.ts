import type { Env } from "../config/env.ts";
import { ConfigError } from "../config/env.ts";
import { localPassword, uriFor } from "./local/instance.ts";
import { localOptionsFromEnv } from "./local/options.ts";

/** How to reach Neo4j: the user's own (NEO4J_URI) or the project's local one. */
export interface ConnectionSettings {
  uri: string;
  user: string;
  password: string;
  database: string | undefined;
  local: boolean;
}

export function connectionFromEnv(env: Env): ConnectionSettings {
  if (env.NEO4J_URI) {
    return {
      uri: env.NEO4J_URI,
      user: env.NEO4J_USER ?? "neo4j",
      password: env.NEO4J_PASSWORD ?? "",
      database: env.NEO4J_DATABASE,
      local: false,
    };
  }
  const options = localOptionsFromEnv(env);
  const password = localPassword(options.dataDir);
  if (password === undefined) {
    throw new ConfigError(
      'The local Neo4j has not been set up yet: run "npm run db -- start" (or "npm start"), or set NEO4J_URI to use your own Neo4j.',
    );
  }
  return {
    uri: uriFor(options.port),
    user: "neo4j",
    password,
    database: env.NEO4J_DATABASE,
    local: true,
  };
}
