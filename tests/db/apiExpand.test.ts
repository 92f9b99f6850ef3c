import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ExpandResponse } from "../../graph/contract/explorer.ts";
import type { ErrorAnswer } from "../support/apiClient.ts";
import type { GraphJson, GraphNode, GraphRelationship } from "../../graph/model/graphJson.ts";
import { apiClient } from "../support/apiClient.ts";
import { startAppServer } from "../support/appServer.ts";
import { scalar, seededDriver, storedGraph, withFactCounts } from "../support/db.ts";

type Expand = ExpandResponse & { totalExact: boolean };

let driver: Driver;
let server: { url: string; stop: () => Promise<void> };
let api: ReturnType<typeof apiClient>;

/** A generated star: a hub with `leaves` leaves, under labels no article uses. */
async function createStar(label: string, leaves: number): Promise<string> {
  await driver.executeQuery(
    `CREATE (h:${label}Hub {name: 'hub'})
     WITH h CALL (h) { UNWIND range(1, $leaves) AS i CREATE (h)-[:SPOKE]->(:${label}Leaf {i: i}) }
     RETURN h`,
    { leaves },
  );
  return scalar<string>(driver, `MATCH (h:${label}Hub) RETURN elementId(h)`);
}

const byId = <T extends { id: string }>(items: T[]) => [...items].sort((a, b) => a.id.localeCompare(b.id));
/** The edges without their statements' dates (tests/db/factEdges.test.ts checks those). */
const undated = (items: GraphRelationship[]) =>
  byId(items).map((r) => {
    const { stated, ...rest } = r;
    expect(stated !== undefined).toBe((r.statements ?? 1) > 1);
    return rest;
  });

async function removeStar(label: string): Promise<void> {
  await driver.executeQuery(`MATCH (n) WHERE n:${label}Hub OR n:${label}Leaf DETACH DELETE n`);
}

beforeAll(async () => {
  driver = await seededDriver();
  server = await startAppServer(driver);
  api = apiClient(server.url);
});

afterAll(async () => {
  await removeStar("ApiStar").catch(() => undefined);
  await removeStar("ApiBig").catch(() => undefined);
  await server?.stop();
  await driver?.close();
});

describe("POST /api/expand", () => {
  it("expands Mali to Russia and its other domain neighbours, with the total and no truncation", async () => {
    const mali = await scalar<string>(driver, "MATCH (e:Entity {id: 'mali'}) RETURN elementId(e)");
    const expected = await scalar<number>(
      driver,
      `MATCH (e:Entity {id: 'mali'})-[r]-(m)
       WHERE NOT type(r) IN ['MENTIONS', 'HAS_SENTENCE'] RETURN count(DISTINCT m)`,
    );
    const { status, body } = await api.post<Expand>("/api/expand", { ids: [mali] });
    expect(status).toBe(200);
    expect(body.graph.nodes.map((n) => n.properties.name)).toContain("Russia");
    expect(body.total).toBe(expected);
    expect(body.returned).toBe(expected);
    expect(body.graph.nodes).toHaveLength(expected);
    expect(body.truncated).toBe(false);
    expect(body.totalExact).toBe(true);
    const ids = new Set([mali, ...body.graph.nodes.map((n) => n.id)]);
    for (const rel of body.graph.relationships) {
      expect(rel.start === mali || rel.end === mali).toBe(true);
      expect(ids.has(rel.start) && ids.has(rel.end)).toBe(true);
    }
    for (const node of body.graph.nodes) {
      expect(body.graph.relationships.some((r) => r.start === node.id || r.end === node.id)).toBe(true);
    }

    const few = await api.post<Expand>("/api/expand", { ids: [mali], limit: 3 });
    expect(few.body).toMatchObject({ returned: 3, truncated: true, total: expected });
    expect(few.body.graph.nodes).toHaveLength(3);

    const russia = body.graph.nodes.find((n) => n.properties.name === "Russia")!.id;
    const without = await api.post<Expand>("/api/expand", { ids: [mali], exclude: [russia] });
    expect(without.body.total).toBe(expected - 1);
    expect(without.body.graph.nodes.map((n) => n.id)).not.toContain(russia);
  });

  it("answers light by default: captions, date values and articles, no evidence; full on request", async () => {
    const mali = await scalar<string>(driver, "MATCH (e:Entity {id: 'mali'}) RETURN elementId(e)");
    const light = (await api.post<Expand>("/api/expand", { ids: [mali] })).body.graph;
    const full = (await api.post<Expand>("/api/expand", { ids: [mali], detail: "full" })).body.graph;
    const database = await withFactCounts(driver, await storedGraph(driver, light));
    expect(byId(full.nodes)).toEqual(byId(database.nodes));
    expect(undated(full.relationships)).toEqual(byId(database.relationships));
    expect(full.relationships.every((r) => Array.isArray(r.properties.evidence))).toBe(true);

    // Each light element is its stored self with only the keys the explorer reads (the map: location).
    const isDate = (value: unknown) =>
      (typeof value === "object" && value !== null && (value as { $type?: string }).$type === "date") ||
      (typeof value === "string" && /^\d{4}(-\d{2})?$/.test(value));
    const pick = <T extends GraphNode | GraphRelationship>(item: T, keys: string[]): T => ({
      ...item,
      properties: Object.fromEntries(
        Object.entries(item.properties).filter(([k, v]) => keys.includes(k) || isDate(v)),
      ),
    });
    expect(byId(light.nodes)).toEqual(
      byId(database.nodes).map((n) => pick(n, ["name", "title", "slug", "id", "location"])),
    );
    expect(undated(light.relationships)).toEqual(
      byId(database.relationships).map((r) => pick(r, ["article"])),
    );

    const minusma = light.nodes.find((n) => n.properties.id === "minusma")!;
    expect(minusma.properties).toEqual({ id: "minusma", name: minusma.properties.name, endDate: "2023-12" });
    const agreement = light.nodes.find((n) => n.properties.id === "agreement-nuclear-energy")!;
    expect(agreement.properties.signedOn).toEqual({ $type: "date", value: "2025-06-23" });
    expect(agreement.properties.provisions).toBeUndefined();
    const trained = light.relationships.find((r) => r.type === "AIDS")!;
    expect(trained.properties).toEqual({ article: "2025-06-23-goita-moscow", since: "1960" });
    expect(light.relationships.some((r) => "evidence" in r.properties)).toBe(false);
  });

  it("POST /api/graph/elements gives every property of what a light answer drew", async () => {
    const mali = await scalar<string>(driver, "MATCH (e:Entity {id: 'mali'}) RETURN elementId(e)");
    const light = (await api.post<Expand>("/api/expand", { ids: [mali] })).body.graph;
    const { status, body } = await api.post<GraphJson>("/api/graph/elements", {
      nodeIds: light.nodes.map((n) => n.id),
      relationshipIds: light.relationships.map((r) => r.id),
    });
    expect(status).toBe(200);
    const database = await withFactCounts(driver, await storedGraph(driver, light));
    expect(byId(body.nodes)).toEqual(byId(database.nodes));
    expect(byId(body.relationships)).toEqual(byId(database.relationships));
    expect(body.relationships.length).toBe(light.relationships.length);

    const gone = mali.replace(/:\d+$/, ":999999999");
    const missing = await api.post<ErrorAnswer>("/api/graph/elements", { nodeIds: [mali, gone] });
    expect(missing.status).toBe(404);
    expect(missing.body.error.message).toBe(`No node has the id "${gone}".`);
    const wrong = await api.post<ErrorAnswer>("/api/graph/elements", { relationshipIds: "x" });
    expect(wrong.status).toBe(400);
    expect(wrong.body.error.message).toMatch(
      /field "relationshipIds" must be a list of relationship element ids/,
    );
  });

  it("filters by type and direction, and shows sentences only when asked", async () => {
    const mali = await scalar<string>(driver, "MATCH (e:Entity {id: 'mali'}) RETURN elementId(e)");
    const leaders = await api.post<Expand>("/api/expand", { ids: [mali], types: ["LEADS"], direction: "in" });
    expect(leaders.body.graph.nodes.map((n) => n.properties.name)).toContain("Assimi Goïta");
    expect(new Set(leaders.body.graph.relationships.map((r) => r.type))).toEqual(new Set(["LEADS"]));
    for (const rel of leaders.body.graph.relationships) expect(rel.end).toBe(mali);
    const leadersOut = await api.post<Expand>("/api/expand", {
      ids: [mali],
      types: ["LEADS"],
      direction: "out",
    });
    expect(leadersOut.body.total).toBe(
      await scalar<number>(driver, "MATCH (:Entity {id: 'mali'})-[:LEADS]->(m) RETURN count(DISTINCT m)"),
    );
    const sentences = await api.post<Expand>("/api/expand", { ids: [mali], lexical: true, limit: 1000 });
    expect(sentences.body.graph.nodes.some((n) => n.labels.includes("Sentence"))).toBe(true);
  });

  it("cuts a star of 150 leaves at 100 and says so", async () => {
    const hub = await createStar("ApiStar", 150);
    try {
      const first = await api.post<Expand>("/api/expand", { ids: [hub] });
      expect(first.status).toBe(200);
      expect(first.body).toMatchObject({ returned: 100, truncated: true, total: 150, totalExact: true });
      expect(first.body.graph.nodes).toHaveLength(100);
      expect(first.body.graph.relationships).toHaveLength(100);
      const rest = await api.post<Expand>("/api/expand", {
        ids: [hub],
        exclude: first.body.graph.nodes.map((n) => n.id),
      });
      expect(rest.body).toMatchObject({ returned: 50, truncated: false, total: 50 });
      const all = await api.post<Expand>("/api/expand", { ids: [hub], limit: 1000 });
      expect(all.body).toMatchObject({ returned: 150, truncated: false, total: 150 });
    } finally {
      await removeStar("ApiStar");
    }
    expect(
      await scalar<number>(driver, "MATCH (n) WHERE n:ApiStarHub OR n:ApiStarLeaf RETURN count(n)"),
    ).toBe(0);
  });

  it("answers a node with 10,500 relationships about as fast as one with 150, counting from the degree store", async () => {
    const hub = await createStar("ApiBig", 10_500);
    const peer = await createStar("ApiPeer", 150);
    /** The median of five expand calls, after one to warm up. */
    const medianMs = async (id: string) => {
      await api.post<Expand>("/api/expand", { ids: [id] });
      const times: number[] = [];
      for (let i = 0; i < 5; i++) {
        const started = performance.now();
        await api.post<Expand>("/api/expand", { ids: [id] });
        times.push(performance.now() - started);
      }
      return times.sort((a, b) => a - b)[2]!;
    };
    try {
      const { status, body } = await api.post<Expand>("/api/expand", { ids: [hub] });
      expect(status).toBe(200);
      expect(body).toMatchObject({ returned: 100, truncated: true, total: 10_500, totalExact: false });
      // Both answers carry 100 neighbours; reading all 10,500 relationships to count them would take
      // tens of times longer than the peer's 150, on any machine.
      expect((await medianMs(hub)) / (await medianMs(peer))).toBeLessThan(5);
      // Nothing of that type: every neighbour was read, so the total is exact again.
      const none = await api.post<Expand>("/api/expand", { ids: [hub], types: ["NO_SUCH_TYPE"] });
      expect(none.body).toMatchObject({ returned: 0, truncated: false, total: 0, totalExact: true });
    } finally {
      await removeStar("ApiBig");
      await removeStar("ApiPeer");
    }
  });
});
