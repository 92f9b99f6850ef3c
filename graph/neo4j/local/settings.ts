/**
 * The Neo4j settings of the local instance. An embedded start reads no
 * neo4j.conf and the code defaults are unsafe for an app that runs user
 * Cypher, so each of these is set on purpose.
 */
export interface LocalSettingsInput {
  port: number;
  importDir: string;
  txTimeout: string;
  txMemory: string;
  pagecache: string;
}

export function localNeo4jSettings(input: LocalSettingsInput): Record<string, string> {
  return {
    "server.bolt.enabled": "true",
    // Loopback only: the database is for this machine's user.
    "server.bolt.listen_address": `127.0.0.1:${input.port}`,
    "server.bolt.advertised_address": `127.0.0.1:${input.port}`,
    // Bolt also speaks WebSocket, so any local web page could connect: keep auth on.
    "dbms.security.auth_enabled": "true",
    "dbms.security.auth_minimum_password_length": "12",
    // No lock-out after wrong logins: any web page can send wrong passwords over
    // Bolt's WebSocket (Neo4j has no Origin check), and the lock would refuse the
    // project's own logins too. The generated password (144 random bits) is what
    // stops guessing, not a rate limit.
    "dbms.security.auth_max_failed_attempts": "0",
    "server.http.enabled": "false",
    "server.https.enabled": "false",
    "dbms.usage_report.enabled": "false",
    // LOAD CSV may not read local files: no file URLs, and an empty import folder.
    "dbms.security.allow_csv_import_from_file_urls": "false",
    "server.directories.import": input.importDir,
    // No plugins are installed; keep the door shut should someone add one.
    "dbms.security.procedures.allowlist": "",
    "dbms.security.procedures.unrestricted": "",
    "db.transaction.timeout": input.txTimeout,
    "db.memory.transaction.max": input.txMemory,
    "server.memory.pagecache.size": input.pagecache,
    "db.tx_log.rotation.retention_policy": "256M size",
  };
}

export function toPropertiesFile(settings: Record<string, string>): string {
  const lines = Object.entries(settings).map(([key, value]) => `${key}=${value}`);
  return `# Written by Dossier at each start; edits are overwritten.\n${lines.join("\n")}\n`;
}
