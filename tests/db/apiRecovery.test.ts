import { beforeAll, describe, expect, it } from "vitest";
import type { SchemaResponse, SearchResponse } from "../../graph/contract/explorer.ts";
import { type ErrorAnswer, apiClient } from "../support/apiClient.ts";
import { useRelayedServer } from "../support/relayedServer.ts";

const stack = useRelayedServer();
let api: ReturnType<typeof apiClient>;

beforeAll(() => {
  api = apiClient(stack.server.url);
});

describe("Neo4j going away and coming back", () => {
  it("answers 503 quickly while Neo4j is unreachable and recovers by itself", async () => {
    expect((await api.get<SchemaResponse>("/api/schema")).status).toBe(200);

    await stack.proxy.cut();
    for (const path of ["/api/search?q=goi", "/api/view/start"]) {
      const started = performance.now();
      const { status, body } = await api.get<ErrorAnswer>(path);
      expect(status, path).toBe(503);
      expect(body.error.code).toBe("neo4j_unavailable");
      expect(body.error.message).toMatch(/Neo4j is not reachable/);
      expect(performance.now() - started).toBeLessThan(15_000);
    }
    // Schema and health share one answer for two seconds, then report the outage.
    for (const path of ["/api/schema", "/api/health"]) {
      await expect
        .poll(async () => (await api.get<ErrorAnswer>(path)).body.error?.code, { timeout: 20_000 })
        .toBe("neo4j_unavailable");
    }
    const down = await api.post<ErrorAnswer>("/api/expand", {
      ids: ["4:00000000-0000-0000-0000-000000000000:1"],
    });
    expect(down.status).toBe(503);

    await stack.proxy.restore();
    const search = await api.get<SearchResponse>("/api/search?q=goi");
    expect(search.status).toBe(200);
    expect(search.body.hits[0]?.node.properties.name).toBe("Assimi Goïta");
    expect((await api.get<SchemaResponse>("/api/schema")).status).toBe(200);
  });
});
