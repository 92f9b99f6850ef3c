import type { ConnectionSettings } from "./connection.ts";
import { neo4jErrorKind } from "./errorKind.ts";

/**
 * Turns what the driver throws while connecting into one sentence a newcomer
 * can act on; returns undefined for errors that are not about reaching Neo4j.
 */
export function describeConnectionError(
  error: unknown,
  settings: Pick<ConnectionSettings, "uri" | "user" | "local">,
): string | undefined {
  const kind = neo4jErrorKind(error);
  if (kind === undefined) return undefined;
  const start = settings.local
    ? 'start it with "npm run db -- start"'
    : "check that it is running and that NEO4J_URI is right";
  if (kind === "unavailable") {
    return `Neo4j is not reachable at ${settings.uri}: ${start}.`;
  }
  if (kind === "auth") {
    return settings.local
      ? `The local Neo4j at ${settings.uri} refused the generated password: another program may be listening on that port; set NEO4J_PORT to a free port.`
      : `Neo4j at ${settings.uri} refused user "${settings.user}" with the given password: check NEO4J_USER and NEO4J_PASSWORD.`;
  }
  if (kind === "auth_rate_limit") {
    return `Neo4j at ${settings.uri} is refusing logins after too many wrong passwords: wait a few seconds and check NEO4J_PASSWORD.`;
  }
  if (kind === "database_not_found") {
    return `Neo4j at ${settings.uri} has no database of that name: check NEO4J_DATABASE.`;
  }
  return undefined;
}
