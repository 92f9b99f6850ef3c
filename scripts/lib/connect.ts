import type { Driver } from "neo4j-driver";
import { readEnv } from "../../graph/config/env.ts";
import { type ConnectionSettings, connectionFromEnv } from "../../graph/neo4j/connection.ts";
import { createDriver } from "../../graph/neo4j/driver.ts";
import { sessionConfig, withSession } from "../../graph/neo4j/session.ts";
import { describeConnectionError } from "../../graph/neo4j/connectionErrors.ts";
import { UserError } from "./cli.ts";

/** A driver that has proved it can reach Neo4j, or one sentence saying why not. */
export async function connect(settings: ConnectionSettings = connectionFromEnv(readEnv())): Promise<{
  driver: Driver;
  settings: ConnectionSettings;
  database: string | undefined;
}> {
  const driver = createDriver(settings);
  try {
    await driver.verifyAuthentication();
    await withSession(driver, sessionConfig(settings.database, "READ"), (session) => session.run("RETURN 1"));
  } catch (error) {
    await driver.close();
    const sentence = describeConnectionError(error, settings);
    if (sentence) throw new UserError(sentence);
    throw error;
  }
  return { driver, settings, database: settings.database };
}
