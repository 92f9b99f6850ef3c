import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { foldName } from "../../graph/lexical/fold.ts";
import type {
  ArticleSummary,
  ArticleText,
  NodeDetails,
  PathsResponse,
  RelationshipDetails,
  SchemaResponse,
  SearchResponse,
  StartViewResponse,
} from "../../graph/contract/explorer.ts";
import { type ErrorAnswer, apiClient } from "../support/apiClient.ts";
import { startAppServer } from "../support/appServer.ts";
import { GOITA_SLUG } from "../support/articleFixture.ts";
import { canonicalDump, seededDriver } from "../support/db.ts";

let driver: Driver;
let server: { url: string; stop: () => Promise<void> };
let api: ReturnType<typeof apiClient>;

/** Element id of an entity, asked of Neo4j directly (not through the API under test). */
async function entityId(id: string): Promise<string> {
  const { records } = await driver.executeQuery("MATCH (e:Entity {id: $id}) RETURN elementId(e) AS id", {
    id,
  });
  const found = records[0]?.get("id") as string | undefined;
  if (!found) throw new Error(`no entity ${id} in the test database`);
  return found;
}

async function expectServing(): Promise<void> {
  const health = await api.get<{ status: string }>("/api/health");
  expect(health.status).toBe(200);
  expect(health.body.status).toBe("ok");
}

beforeAll(async () => {
  driver = await seededDriver();
  server = await startAppServer(driver);
  api = apiClient(server.url);
});

afterAll(async () => {
  await server?.stop();
  await driver?.close();
});

describe("GET /api/search", () => {
  it.each(["goi", "GOITA", "Giota", "assimi goï", "  Goïta  "])("finds Assimi Goïta for %j", async (q) => {
    const { status, body } = await api.get<SearchResponse>(`/api/search?q=${encodeURIComponent(q)}`);
    expect(status).toBe(200);
    expect(body.hits[0]?.node.properties.name).toBe("Assimi Goïta");
    expect(body.hits[0]?.node.id).toBe(await entityId("assimi-goita"));
  });

  it("matches words in any order and honours limit", async () => {
    const ministry = await api.get<SearchResponse>("/api/search?q=ministry%20of%20def");
    expect(ministry.body.hits.map((h) => h.node.properties.name)).toContain("Russian Ministry of Defense");
    const one = await api.get<SearchResponse>("/api/search?q=a&limit=1");
    expect(one.status).toBe(200);
    expect(one.body.hits.length).toBeLessThanOrEqual(1);
    const soroma = await api.get<SearchResponse>("/api/search?q=soroma-sa");
    expect(soroma.body.hits[0]?.node.properties.name).toBe("SOROMA-SA");
  });

  it("finds a place by its French name: Moscou is the English article's Moscow", async () => {
    const { body } = await api.get<SearchResponse>("/api/search?q=Moscou");
    const moscow = body.hits[0]?.node;
    expect(moscow?.id).toBe(await entityId("moscow"));
    expect(moscow?.properties.name).toBe("Moscow");
    const aliases = moscow?.properties.aliases as string[];
    const languages = moscow?.properties.aliasLanguages as string[];
    expect(languages[aliases.indexOf("Moscou")]).toBe("fr");
    const russia = (await api.get<SearchResponse>("/api/search?q=russie")).body.hits[0]?.node;
    expect(russia?.id).toBe(await entityId("russia"));
    expect(russia?.properties.aliases).toContain("Russie");
  });

  it.each(['"(*:~^', "AND", "OR NOT", "\\", "a AND", "name:*", "[1 TO 2]", "goi~", "/.*/", "+-&&||!"])(
    "answers %j with 200 or 400, never a 500",
    async (q) => {
      const { status, body } = await api.get<SearchResponse | ErrorAnswer>(
        `/api/search?q=${encodeURIComponent(q)}`,
      );
      expect([200, 400]).toContain(status);
      if (status === 400) expect((body as ErrorAnswer).error.code).toBe("bad_request");
      else expect(Array.isArray((body as SearchResponse).hits)).toBe(true);
      await expectServing();
    },
  );

  it("refuses an empty, missing or oversized query and a bad limit with one sentence", async () => {
    for (const path of [
      "/api/search?q=",
      "/api/search?q=%20%20",
      "/api/search",
      `/api/search?q=${"x".repeat(201)}`,
      "/api/search?q=goi&limit=0",
      "/api/search?q=goi&limit=abc",
      "/api/search?q=goi&limit=51",
      "/api/search?q=goi&q=mali",
    ]) {
      const { status, body } = await api.get<ErrorAnswer>(path);
      expect(status, path).toBe(400);
      expect(body.error.message, path).toMatch(/^Query string: field "(q|limit)" .+\.$/);
    }
    await expectServing();
  });
});

describe("GET /api/nodes/:id", () => {
  it("gives Goïta's labels, degree by type and the sentences that mention him, highlighted", async () => {
    const id = await entityId("assimi-goita");
    const { status, body } = await api.get<NodeDetails>(`/api/nodes/${encodeURIComponent(id)}`);
    expect(status).toBe(200);
    expect(body.node.labels).toEqual(expect.arrayContaining(["Entity", "Person"]));
    expect(body.node.properties.name).toBe("Assimi Goïta");

    const { records } = await driver.executeQuery(
      `MATCH (n:Entity {id: 'assimi-goita'})-[r]-(m)
       RETURN type(r) AS type, CASE WHEN startNode(r) = n THEN 'out' ELSE 'in' END AS direction, count(*) AS count`,
    );
    const expected = records.map((r) => ({
      type: r.get("type") as string,
      direction: r.get("direction") as string,
      count: (r.get("count") as { toNumber(): number }).toNumber(),
    }));
    expect(body.degree).toHaveLength(expected.length);
    expect(body.degree).toEqual(expect.arrayContaining(expected));
    expect(body.totalDegree).toBe(expected.reduce((sum, e) => sum + e.count, 0));
    expect(body.degree).toContainEqual({ type: "MET_WITH", direction: "out", count: 1 });

    const names = ["Assimi Goïta", "Assimi Giota", "Giota", "Goita", "Goïta", "President Goïta"].map(
      foldName,
    );
    expect(body.mentions.length).toBeGreaterThan(0);
    for (const sentence of body.mentions) {
      expect(sentence.article).toBe(GOITA_SLUG);
      expect(sentence.highlights.length).toBeGreaterThan(0);
      for (const h of sentence.highlights) {
        expect(names).toContain(foldName(sentence.text.slice(h.start, h.end)));
        expect(h.entity).toBe(id);
      }
    }
    expect(body.mentions.some((s) => s.text.includes("Assimi Giota"))).toBe(true);
  });
});

describe("GET /api/relationships/:id", () => {
  it("gives the Goïta–Putin meeting with its ends and the evidence sentences, quotes highlighted", async () => {
    const { records } = await driver.executeQuery(
      `MATCH (:Entity {id: 'assimi-goita'})-[r:MET_WITH]->(:Entity {id: 'vladimir-putin'})
       RETURN elementId(r) AS id, r.evidence AS evidence`,
    );
    const relId = records[0]?.get("id") as string;
    const quotes = records[0]?.get("evidence") as string[];
    const { status, body } = await api.get<RelationshipDetails>(
      `/api/relationships/${encodeURIComponent(relId)}`,
    );
    expect(status).toBe(200);
    expect(body.relationship.type).toBe("MET_WITH");
    expect(body.start.properties.name).toBe("Assimi Goïta");
    expect(body.end.properties.name).toBe("Vladimir Putin");
    expect(body.evidence.length).toBeGreaterThan(0);
    for (const quote of quotes) {
      const sentence = body.evidence.find((s) => s.text.includes(quote));
      expect(sentence, quote).toBeDefined();
      const spans = sentence!.highlights
        .filter((h) => (h as { kind?: string }).kind === "evidence")
        .map((h) => sentence!.text.slice(h.start, h.end));
      expect(spans).toContain(quote);
    }
    const putin = await entityId("vladimir-putin");
    const mentioned = body.evidence.flatMap((s) =>
      s.highlights.filter((h) => h.entity === putin).map((h) => s.text.slice(h.start, h.end)),
    );
    expect(mentioned).toContain("Vladimir Putin");
  });
});

describe("POST /api/paths", () => {
  it("finds a path from Goïta to SOROMA-SA over domain relationships", async () => {
    const from = await entityId("assimi-goita");
    const to = await entityId("soroma-sa");
    const { status, body } = await api.post<PathsResponse>("/api/paths", { from, to });
    expect(status).toBe(200);
    expect(body.paths.length).toBeGreaterThan(0);
    const nodes = new Map(body.graph.nodes.map((n) => [n.id, n]));
    const rels = new Map(body.graph.relationships.map((r) => [r.id, r]));
    for (const path of body.paths) {
      expect(path.nodes[0]).toBe(from);
      expect(path.nodes.at(-1)).toBe(to);
      expect(path.relationships).toHaveLength(path.nodes.length - 1);
      path.relationships.forEach((relId, i) => {
        const rel = rels.get(relId)!;
        expect([rel.start, rel.end].sort()).toEqual([path.nodes[i], path.nodes[i + 1]].sort());
      });
      for (const nodeId of path.nodes) expect(nodes.get(nodeId)?.labels).toContain("Entity");
    }
    const tooShort = await api.post<PathsResponse>("/api/paths", { from, to, maxHops: 1 });
    expect(tooShort.status).toBe(200);
    expect(tooShort.body.paths).toEqual([]);
  });
});

describe("articles, schema and the start view", () => {
  it("lists the article and gives its text with every mention at the right offsets", async () => {
    const list = await api.get<{ articles: ArticleSummary[] }>("/api/articles");
    expect(list.status).toBe(200);
    expect(list.body.articles).toContainEqual(
      expect.objectContaining({
        slug: GOITA_SLUG,
        published: "2025-06-23",
        language: "en",
        sentenceCount: 27,
      }),
    );
    const { status, body } = await api.get<ArticleText>(`/api/articles/${GOITA_SLUG}`);
    expect(status).toBe(200);
    const { records } = await driver.executeQuery(
      "MATCH (a:Article {slug: $slug})-[:HAS_SENTENCE]->()-[m:MENTIONS]->() RETURN a.text AS text, sum(size(m.starts)) AS n",
      { slug: GOITA_SLUG },
    );
    expect(body.article.text).toBe(records[0]?.get("text"));
    expect(body.mentions).toHaveLength((records[0]?.get("n") as { toNumber(): number }).toNumber());
    const goita = await entityId("assimi-goita");
    const goitaSpans = body.mentions
      .filter((m) => m.entityNodeId === goita)
      .map((m) => body.article.text.slice(m.start, m.end));
    expect(goitaSpans).toContain("Assimi Giota");
    const putinSpans = body.mentions
      .filter((m) => m.entityId === "vladimir-putin")
      .map((m) => foldName(body.article.text.slice(m.start, m.end)));
    expect(putinSpans.length).toBeGreaterThan(0);
    for (const span of putinSpans) expect(["vladimir putin", "putin"]).toContain(span);
    const unknown = await api.get<ErrorAnswer>("/api/articles/no-such-article");
    expect(unknown.status).toBe(404);
    expect(unknown.body.error.message).toContain("no-such-article");
  });

  it("describes the schema with counts", async () => {
    const { status, body } = await api.get<SchemaResponse>("/api/schema");
    expect(status).toBe(200);
    const { records } = await driver.executeQuery("MATCH (p:Person) RETURN count(p) AS n");
    expect(body.labels).toContainEqual({
      label: "Person",
      count: (records[0]?.get("n") as { toNumber(): number }).toNumber(),
    });
    expect(body.relationshipTypes.map((t) => t.type)).toEqual(
      expect.arrayContaining(["MET_WITH", "MENTIONS"]),
    );
    expect(body.propertyKeys).toEqual(expect.arrayContaining(["name", "aliases", "evidence"]));
  });

  it("opens on every entity and the domain relationships among them, one edge per fact", async () => {
    const { status, body } = await api.get<StartViewResponse>("/api/view/start");
    expect(status).toBe(200);
    const { records } = await driver.executeQuery(
      `MATCH (e:Entity) WITH count(e) AS n
       MATCH (a:Entity)-[r]->(b:Entity)
       WITH DISTINCT n, a, type(r) AS t, b, CASE WHEN r.article IS NULL THEN elementId(r) END AS own
       RETURN n, count(*) AS r`,
    );
    const entities = (records[0]?.get("n") as { toNumber(): number }).toNumber();
    expect(body.capped).toBe(false);
    expect(body.totalNodes).toBe(entities);
    expect(body.graph.nodes).toHaveLength(entities);
    expect(body.graph.relationships).toHaveLength(
      (records[0]?.get("r") as { toNumber(): number }).toNumber(),
    );
    const ids = new Set(body.graph.nodes.map((n) => n.id));
    for (const node of body.graph.nodes) expect(node.labels).toContain("Entity");
    for (const rel of body.graph.relationships) {
      expect(ids.has(rel.start) && ids.has(rel.end)).toBe(true);
      expect(["MENTIONS", "HAS_SENTENCE"]).not.toContain(rel.type);
    }
  });
});

describe("bad requests", () => {
  it("answers unknown and malformed ids with 404, bad bodies with 400, other origins with 403", async () => {
    const before = await canonicalDump(driver);
    const goita = await entityId("assimi-goita");
    const missing = goita.replace(/:\d+$/, ":987654321");
    const cases: [Promise<{ status: number; body: unknown }>, number, RegExp][] = [
      [api.get(`/api/nodes/${encodeURIComponent(missing)}`), 404, /No node has the id ".*:987654321"\./],
      [api.get("/api/nodes/not-an-id"), 404, /No node has the id "not-an-id"\./],
      [api.get(`/api/relationships/${encodeURIComponent(goita)}`), 404, /No relationship has the id/],
      [api.post("/api/expand", { ids: [missing] }), 404, /No node has the id/],
      [api.post("/api/paths", { from: goita, to: missing }), 404, /No entity has the id/],
      [api.post("/api/expand", { ids: "x" }), 400, /field "ids" must be a list/],
      [api.post("/api/expand", { ids: [goita], limit: 0 }), 400, /field "limit" must be from 1 to 1000/],
      [api.post("/api/expand", { ids: [goita], limit: 5000 }), 400, /field "limit"/],
      [api.post("/api/expand", { ids: [goita], direction: "up" }), 400, /field "direction"/],
      [api.post("/api/expand", { ids: [goita], colour: 1 }), 400, /unknown field "colour"/],
      [api.post("/api/expand", "[1,"), 400, /JSON/],
      [api.post("/api/expand", []), 400, /must be a JSON object/],
      [api.post("/api/paths", { from: goita }), 400, /field "to"/],
      [
        api.post("/api/paths", { from: goita, to: goita, maxHops: 9 }),
        400,
        /field "maxHops" must be from 1 to 8/,
      ],
      [api.post("/api/paths", { from: goita, to: goita }), 400, /two different entities/],
      [api.get("/api/schema", { origin: "http://evil.example" }), 403, /refused/],
      [api.post("/api/expand", { ids: [goita] }, { origin: "http://evil.example" }), 403, /refused/],
    ];
    for (const [answer, status, message] of cases) {
      const { status: got, body } = await answer;
      expect(got, JSON.stringify(body)).toBe(status);
      expect((body as ErrorAnswer).error.message).toMatch(message);
      await expectServing();
    }
    expect(await canonicalDump(driver)).toBe(before);
  });
});
