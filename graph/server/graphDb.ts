import neo4j, { type Driver, type Record as Neo4jRecord } from "neo4j-driver";
import { cypher } from "../neo4j/cypherFiles.ts";

export interface ReadOptions {
  /** Server-side transaction timeout. */
  timeoutMs?: number;
}

/**
 * Read access for the API: named statements from cypher/, parameters only,
 * READ access mode and a transaction timeout on every call.
 */
export class GraphDb {
  constructor(
    readonly driver: Driver,
    readonly database: string | undefined,
    readonly defaultTimeoutMs = 15_000,
  ) {}

  async read(
    name: string,
    params: Record<string, unknown> = {},
    options: ReadOptions = {},
  ): Promise<Neo4jRecord[]> {
    const session = this.driver.session({
      defaultAccessMode: neo4j.session.READ,
      ...(this.database ? { database: this.database } : {}),
    });
    try {
      const result = await session.executeRead((tx) => tx.run(cypher(name), params), {
        timeout: options.timeoutMs ?? this.defaultTimeoutMs,
      });
      return result.records;
    } finally {
      await session.close();
    }
  }

  async serverInfo(): Promise<{ version: string; edition: string; address: string }> {
    const info = await this.driver.getServerInfo(this.database ? { database: this.database } : {});
    const records = await this.read("api/components");
    const first = records[0];
    return {
      version: first ? String(first.get("version")) : String(info.agent ?? "unknown"),
      edition: first ? String(first.get("edition")) : "unknown",
      address: String(info.address ?? ""),
    };
  }
}
