import neo4j, { type Config, type Driver } from "neo4j-driver";
import type { ConnectionSettings } from "./connection.ts";

export function createDriver(settings: ConnectionSettings, config: Config = {}): Driver {
  return neo4j.driver(settings.uri, neo4j.auth.basic(settings.user, settings.password), {
    userAgent: "dossier/0.1",
    // Fail fast when the database is down instead of queueing requests.
    connectionAcquisitionTimeout: 10_000,
    connectionTimeout: 5_000,
    maxConnectionPoolSize: 50,
    ...config,
  });
}
