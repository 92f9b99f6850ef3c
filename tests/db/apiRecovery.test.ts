import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadArticles } from "../../graph/loader/load.ts";
import type { SchemaResponse, SearchResponse } from "../../graph/model/api.ts";
import { createDriver } from "../../graph/neo4j/driver.ts";
import { type ErrorAnswer, apiClient } from "../support/apiClient.ts";
import { startAppServer } from "../support/appServer.ts";
import { goitaDir } from "../support/articleFixture.ts";
import { clearDatabase, testConnection, testDriver } from "../support/db.ts";
import { type TcpProxy, startTcpProxy } from "../support/tcpProxy.ts";

let setupDriver: Driver;
let driver: Driver;
let proxy: TcpProxy;
let server: { url: string; stop: () => Promise<void> };
let api: ReturnType<typeof apiClient>;

beforeAll(async () => {
  setupDriver = testDriver();
  await clearDatabase(setupDriver);
  await loadArticles(setupDriver, [goitaDir]);
  const settings = testConnection();
  proxy = await startTcpProxy(Number(new URL(settings.uri).port));
  // The server under test reaches Neo4j only through the proxy.
  driver = createDriver({ ...settings, uri: `bolt://127.0.0.1:${proxy.port}` });
  server = await startAppServer(driver);
  api = apiClient(server.url);
});

afterAll(async () => {
  await server?.stop();
  await driver?.close();
  await proxy?.close();
  await setupDriver?.close();
});

describe("Neo4j going away and coming back", () => {
  it("answers 503 quickly while Neo4j is unreachable and recovers by itself", async () => {
    expect((await api.get<SchemaResponse>("/api/schema")).status).toBe(200);

    await proxy.cut();
    for (const path of ["/api/schema", "/api/search?q=goi", "/api/view/start"]) {
      const started = performance.now();
      const { status, body } = await api.get<ErrorAnswer>(path);
      expect(status, path).toBe(503);
      expect(body.error.code).toBe("neo4j_unavailable");
      expect(body.error.message).toMatch(/Neo4j is not reachable/);
      expect(performance.now() - started).toBeLessThan(15_000);
    }
    const down = await api.post<ErrorAnswer>("/api/expand", {
      ids: ["4:00000000-0000-0000-0000-000000000000:1"],
    });
    expect(down.status).toBe(503);

    await proxy.restore();
    const search = await api.get<SearchResponse>("/api/search?q=goi");
    expect(search.status).toBe(200);
    expect(search.body.hits[0]?.node.properties.name).toBe("Assimi Goïta");
    expect((await api.get<SchemaResponse>("/api/schema")).status).toBe(200);
  });
});
