import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll } from "vitest";
import { loadArticles } from "../../graph/loader/load.ts";
import { createDriver } from "../../graph/neo4j/driver.ts";
import { startAppServer } from "./appServer.ts";
import { goitaDir } from "./articleFixture.ts";
import { clearDatabase, testConnection, testDriver } from "./db.ts";
import { type TcpProxy, startTcpProxy } from "./tcpProxy.ts";

export interface RelayedServer {
  /** The relay between the server and Neo4j: cut() and restore() take Neo4j away and back. */
  proxy: TcpProxy;
  server: { url: string; stop: () => Promise<void> };
}

/**
 * For a test file about outages: the article loaded into the cleared test
 * Neo4j and the app served over it, the server reaching Neo4j only through a
 * relay the test can cut; all stopped after the file. The fields are set once
 * the file's tests start.
 */
export function useRelayedServer(): RelayedServer {
  const stack = {} as RelayedServer;
  let setupDriver: Driver | undefined;
  let driver: Driver | undefined;
  beforeAll(async () => {
    setupDriver = testDriver();
    await clearDatabase(setupDriver);
    await loadArticles(setupDriver, [goitaDir]);
    const settings = testConnection();
    stack.proxy = await startTcpProxy(Number(new URL(settings.uri).port));
    driver = createDriver({ ...settings, uri: `bolt://127.0.0.1:${stack.proxy.port}` });
    stack.server = await startAppServer(driver);
  });
  afterAll(async () => {
    await stack.server?.stop();
    await driver?.close();
    await stack.proxy?.close();
    await setupDriver?.close();
  });
  return stack;
}
