import neo4j, { type Driver, type Session, type SessionConfig } from "neo4j-driver";

/** Session settings: the access mode, the configured database (the server's default when none), and any extra. */
export function sessionConfig(
  database: string | undefined,
  mode: "READ" | "WRITE",
  extra: Omit<SessionConfig, "database" | "defaultAccessMode"> = {},
): SessionConfig {
  return {
    defaultAccessMode: mode === "READ" ? neo4j.session.READ : neo4j.session.WRITE,
    ...(database ? { database } : {}),
    ...extra,
  };
}

/** Runs `work` in a new session and closes it afterwards, whatever happens. */
export async function withSession<T>(
  driver: Driver,
  config: SessionConfig,
  work: (session: Session) => Promise<T>,
): Promise<T> {
  const session = driver.session(config);
  try {
    return await work(session);
  } finally {
    await session.close();
  }
}
