import type { Driver } from "neo4j-driver";
import { inject } from "vitest";
import { type ServerOptions, buildServer } from "../../graph/server/app.ts";
import { GraphDb } from "../../graph/db/graphDb.ts";
import { listen } from "../../graph/server/listen.ts";

/**
 * The real HTTP server (API and the app built by the global setup) on a free
 * port, in this process, against the given driver. Returns its URL and a stop.
 */
export async function startAppServer(
  driver: Driver,
  options: Partial<ServerOptions> = {},
): Promise<{ url: string; stop: () => Promise<void> }> {
  const app = await buildServer({
    db: new GraphDb(driver, undefined),
    staticDir: inject("appDir"),
    ...options,
  });
  const url = await listen(app, "127.0.0.1", 0);
  return { url, stop: () => app.close() };
}
