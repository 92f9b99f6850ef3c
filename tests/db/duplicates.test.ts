import { mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { DecisionsResponse, DuplicatesResponse } from "../../graph/contract/duplicates.ts";
import { decisionsPath } from "../../graph/resolve/decisionsFile.ts";
import { tempDir } from "../support/addFixtures.ts";
import { type ErrorAnswer, apiClient } from "../support/apiClient.ts";
import { startAppServer } from "../support/appServer.ts";
import { runCli } from "../support/cli.ts";
import { clearDatabase, testDriver } from "../support/db.ts";
import { acceptAll, openDraft, publishOverHttp, saveOverHttp } from "../support/reviewHttp.ts";
import { writeWagnerFolders } from "../support/wagnerFixture.ts";

let driver: Driver;
let server: { url: string; stop: () => Promise<void> };
let api: ReturnType<typeof apiClient>;
// The decisions file lives beside the articles folder, so the folder gets a parent of its own.
const root = join(tempDir("duplicates"), "articles");
let slugs: string[];

async function publish(slug: string): Promise<void> {
  const { version, draft } = await openDraft(server.url, slug);
  const saved = await saveOverHttp(server.url, slug, version, acceptAll(draft));
  expect(saved.status).toBe(200);
  const published = await publishOverHttp(server.url, slug, String(saved.body.version));
  expect(published.status).toBe(200);
}

beforeAll(async () => {
  driver = testDriver();
  await clearDatabase(driver);
  mkdirSync(root, { recursive: true });
  slugs = writeWagnerFolders(root);
  server = await startAppServer(driver, { articles: { dir: root, enabled: true } });
  api = apiClient(server.url);
  for (const slug of slugs) await publish(slug);
});
afterAll(async () => {
  await server.stop();
  await driver.close();
});

/** The graph's view of one entity: its node, the articles whose sentences mention it, its relationship types. */
async function entity(id: string) {
  const { records } = await driver.executeQuery(
    `MATCH (e:Entity {id: $id})
     OPTIONAL MATCH (a:Article)-[:HAS_SENTENCE]->(:Sentence)-[:MENTIONS]->(e)
     WITH e, collect(DISTINCT a.slug) AS articles
     OPTIONAL MATCH (e)-[r]-(:Entity)
     RETURN e.name AS name, e.aliases AS aliases, e.articleCount AS count, articles, collect(type(r)) AS types`,
    { id },
  );
  const r = records[0];
  if (!r) return undefined;
  return {
    name: r.get("name") as string,
    aliases: r.get("aliases") as string[],
    count: Number(r.get("count")),
    articles: (r.get("articles") as string[]).sort(),
    types: (r.get("types") as string[]).sort(),
  };
}

const pairs = async () => {
  const answer = await api.get<DuplicatesResponse>("/api/duplicates?limit=50");
  expect(answer.status).toBe(200);
  return answer.body.candidates.map((c) => [c.a.id, c.b.id].sort().join("+"));
};

describe("one node per real thing: merge, re-publish, undo, not the same", () => {
  it("proposes the two names of one group, with quotes from both sides", async () => {
    const answer = await api.get<DuplicatesResponse>("/api/duplicates");
    const pair = answer.body.candidates.find(
      (c) => [c.a.id, c.b.id].sort().join("+") === "wagner+wagner-group",
    );
    expect(pair?.reasons.map((r) => r.kind)).toContain("name-contains");
    expect(pair?.a.quotes[0]?.text).toMatch(/Wagner/);
    expect(pair?.b.quotes[0]?.text).toMatch(/Wagner/);
    expect(await entity("wagner")).toMatchObject({ articles: [slugs[1]], count: 1 });
  });

  it("merges: one node holds both articles' mentions and relationships, and the names of both", async () => {
    const answer = await api.post<DecisionsResponse>("/api/duplicates/merge", {
      keep: "wagner-group",
      drop: "wagner",
    });
    expect(answer.status).toBe(200);
    expect(answer.body.reloaded.sort()).toEqual([...slugs].sort());
    expect(answer.body.decisions.same).toMatchObject([
      { keep: "wagner-group", drop: "wagner", dropName: "Wagner" },
    ]);
    expect(await entity("wagner")).toBeUndefined();
    expect(await entity("wagner-group")).toEqual({
      name: "Wagner Group",
      aliases: ["Wagner"],
      count: 2,
      articles: [...slugs].sort(),
      types: ["ARRIVED_IN", "LEFT"],
    });
    expect(await pairs()).not.toContain("wagner+wagner-group");
  });

  it("keeps the merge when an article is published again; its files still say “wagner”", async () => {
    await publish(slugs[1]!);
    expect(await entity("wagner")).toBeUndefined();
    expect(await entity("wagner-group")).toMatchObject({ count: 2, articles: [...slugs].sort() });
    const annotation = readFileSync(join(root, slugs[1]!, "annotation.json"), "utf8");
    expect(annotation).toContain('"id": "wagner"');
  });

  it("refuses a merge with itself, of an unknown id, or the other way round, writing nothing", async () => {
    const before = readFileSync(decisionsPath(root), "utf8");
    const self = await api.post<ErrorAnswer>("/api/duplicates/merge", { keep: "talvia", drop: "talvia" });
    expect([self.status, self.body.error.message]).toEqual([400, '"talvia" cannot be merged with itself.']);
    const unknown = await api.post<ErrorAnswer>("/api/duplicates/merge", {
      keep: "talvia",
      drop: "atlantis",
    });
    expect(unknown.status).toBe(404);
    const back = await api.post<ErrorAnswer>("/api/duplicates/merge", {
      keep: "wagner",
      drop: "wagner-group",
    });
    expect(back.status).toBe(409);
    expect(readFileSync(decisionsPath(root), "utf8")).toBe(before);
  });

  it("undoes the merge: two nodes again, each with its own article and names", async () => {
    const answer = await api.post<DecisionsResponse>("/api/duplicates/undo", { drop: "wagner" });
    expect(answer.status).toBe(200);
    expect(answer.body.decisions.same).toEqual([]);
    expect(await entity("wagner")).toEqual({
      name: "Wagner",
      aliases: [],
      count: 1,
      articles: [slugs[1]],
      types: ["LEFT"],
    });
    expect(await entity("wagner-group")).toEqual({
      name: "Wagner Group",
      aliases: [],
      count: 1,
      articles: [slugs[0]],
      types: ["ARRIVED_IN"],
    });
    expect(await pairs()).toContain("wagner+wagner-group");
  });

  it("merges and undoes from the command line the same way, against the same Neo4j", async () => {
    const { uri, password } = inject("neo4j");
    const env = { NEO4J_URI: uri, NEO4J_PASSWORD: password, DOSSIER_ARTICLES: root };
    const merged = await runCli("merge", ["wagner-group", "wagner"], env);
    expect(merged.stderr).toBe("");
    expect(merged.stdout).toMatch(/^Merged "wagner" into "wagner-group"\. Loaded again 2 articles: /);
    expect(await entity("wagner")).toBeUndefined();
    expect(await entity("wagner-group")).toMatchObject({ count: 2, articles: [...slugs].sort() });
    const undone = await runCli("merge", ["--undo", "wagner"], env);
    expect(undone.stdout).toMatch(/^Undid the merge of "wagner"/);
    expect(await entity("wagner")).toMatchObject({ count: 1, articles: [slugs[1]] });
    expect(await entity("wagner-group")).toMatchObject({ count: 1, aliases: [], articles: [slugs[0]] });
  });

  it("never proposes a pair marked not the same again, and keeps the decision", async () => {
    const answer = await api.post<DecisionsResponse>("/api/duplicates/not-same", {
      a: "wagner",
      b: "wagner-group",
    });
    expect(answer.status).toBe(200);
    expect(answer.body.reloaded).toEqual([]);
    expect(await pairs()).not.toContain("wagner+wagner-group");
    const kept = await api.get<DecisionsResponse>("/api/duplicates/decisions");
    expect(kept.body.decisions.notSame).toMatchObject([{ a: "wagner", b: "wagner-group" }]);
    const merge = await api.post<ErrorAnswer>("/api/duplicates/merge", {
      keep: "wagner-group",
      drop: "wagner",
    });
    expect(merge.status).toBe(409);
  });

  it("undoes a not the same, from the API and the command line, and the pair is proposed again", async () => {
    const kept = await api.get<DecisionsResponse>("/api/duplicates/decisions");
    expect(kept.body.decisions.notSame).toMatchObject([{ aName: "Wagner", bName: "Wagner Group" }]);
    const undone = await api.post<DecisionsResponse>("/api/duplicates/not-same/undo", {
      a: "wagner-group",
      b: "wagner",
    });
    expect(undone.status).toBe(200);
    expect(undone.body.decisions.notSame).toEqual([]);
    expect(await pairs()).toContain("wagner+wagner-group");
    const again = await api.post<ErrorAnswer>("/api/duplicates/not-same/undo", {
      a: "wagner",
      b: "wagner-group",
    });
    expect(again.status).toBe(404);

    const { uri, password } = inject("neo4j");
    const env = { NEO4J_URI: uri, NEO4J_PASSWORD: password, DOSSIER_ARTICLES: root };
    expect((await runCli("merge", ["--not", "wagner", "wagner-group"], env)).stderr).toBe("");
    expect(await pairs()).not.toContain("wagner+wagner-group");
    const cli = await runCli("merge", ["--undo-not", "wagner", "wagner-group"], env);
    expect(cli.stderr).toBe("");
    expect(cli.stdout).toMatch(/^"wagner" and "wagner-group" may be proposed again as the same thing\./);
    expect(await pairs()).toContain("wagner+wagner-group");
  });
});
