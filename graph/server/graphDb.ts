import neo4j, { type Driver, type Record as Neo4jRecord } from "neo4j-driver";
import { cypher } from "../neo4j/cypherFiles.ts";
import { isStaleConnection } from "../neo4j/errorKind.ts";

/**
 * Read access for the API: named statements from cypher/, parameters only,
 * READ access mode and a server-side transaction timeout on every call.
 */
export class GraphDb {
  constructor(
    readonly driver: Driver,
    readonly database: string | undefined,
    readonly defaultTimeoutMs = 15_000,
  ) {}

  /**
   * Runs one named statement in an explicit read transaction. Unlike
   * executeRead it does not keep retrying for half a minute while Neo4j is
   * down: it tries a second time only once (a connection pooled from before a
   * restart fails on first use), so the API answers 503 quickly and recovers
   * on the next request.
   */
  async read(name: string, params: Record<string, unknown> = {}): Promise<Neo4jRecord[]> {
    try {
      return await this.readOnce(name, params);
    } catch (error) {
      if (isStaleConnection(error)) return this.readOnce(name, params);
      throw error;
    }
  }

  async serverInfo(): Promise<{ version: string; edition: string }> {
    const [first] = await this.read("api/components");
    return {
      version: first ? String(first.get("version")) : "unknown",
      edition: first ? String(first.get("edition")) : "unknown",
    };
  }

  private async readOnce(name: string, params: Record<string, unknown>): Promise<Neo4jRecord[]> {
    const session = this.driver.session({
      defaultAccessMode: neo4j.session.READ,
      ...(this.database ? { database: this.database } : {}),
    });
    try {
      const tx = await session.beginTransaction({
        timeout: this.defaultTimeoutMs,
        metadata: { app: "dossier", api: name },
      });
      try {
        const result = await tx.run(cypher(name), params);
        await tx.commit();
        return result.records;
      } finally {
        if (tx.isOpen()) await tx.rollback().catch(() => undefined);
      }
    } finally {
      await session.close();
    }
  }
}
