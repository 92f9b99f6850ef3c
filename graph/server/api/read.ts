import neo4j, { Neo4jError, type Record as Neo4jRecord } from "neo4j-driver";
import { cypher } from "../../neo4j/cypherFiles.ts";
import type { GraphDb } from "../graphDb.ts";

/** Errors that mean a pooled connection died (e.g. Neo4j restarted): worth one more try. */
const STALE = new Set(["ServiceUnavailable", "SessionExpired"]);

/**
 * Runs one named statement from cypher/ in a READ session, in an explicit
 * transaction with the server-side timeout of `db`. Unlike executeRead it does
 * not keep retrying for half a minute while Neo4j is down: it tries a second
 * time only once (a connection the pool kept from before a restart fails on
 * first use), so the API answers 503 quickly and recovers on the next request.
 */
export async function readApi(
  db: GraphDb,
  name: string,
  params: Record<string, unknown> = {},
): Promise<Neo4jRecord[]> {
  try {
    return await readOnce(db, name, params);
  } catch (error) {
    if (error instanceof Neo4jError && STALE.has(error.code)) return readOnce(db, name, params);
    throw error;
  }
}

async function readOnce(db: GraphDb, name: string, params: Record<string, unknown>): Promise<Neo4jRecord[]> {
  const session = db.driver.session({
    defaultAccessMode: neo4j.session.READ,
    ...(db.database ? { database: db.database } : {}),
  });
  try {
    const tx = await session.beginTransaction({
      timeout: db.defaultTimeoutMs,
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
