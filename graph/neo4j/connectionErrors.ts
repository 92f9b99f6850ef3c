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

/** The first line of Neo4j's message, without its final full stop. */
function firstLine(message: string): string {
  return (message.split("\n")[0] ?? "").trim().replace(/\.$/, "");
}

/**
 * One sentence for an error Neo4j (or the driver) raised while a command ran,
 * instead of the driver's object dump; undefined for errors of other kinds.
 */
export function describeNeo4jFailure(error: unknown): string | undefined {
  const kind = neo4jErrorKind(error);
  if (kind === undefined || !(error instanceof Error)) return undefined;
  const code = (error as Error & { code?: string }).code ?? "";
  if (kind === "unavailable") {
    return `Neo4j stopped answering while the command ran (${firstLine(error.message)}): check that it still runs, then run the command again.`;
  }
  if (kind === "memory") {
    return `Neo4j stopped a transaction that needed more than its memory limit (db.memory.transaction.max; NEO4J_TX_MEMORY for the local Neo4j): use a smaller --batch-size or raise the limit.`;
  }
  return `Neo4j refused the command: ${firstLine(error.message)} (${code}).`;
}
