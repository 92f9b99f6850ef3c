import { cpSync, rmSync } from "node:fs";
import { join } from "node:path";
import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { ErrorBody } from "../../graph/contract/errorCodes.ts";
import type { PublishResponse, ReviewDocument } from "../../graph/contract/review.ts";
import type { QueryResult } from "../../graph/contract/workbench.ts";
import { reconcileArticles } from "../../graph/loader/reconcile.ts";
import { GraphDb } from "../../graph/db/graphDb.ts";
import { localStatus } from "../../graph/neo4j/local/instance.ts";
import { QueryWorkers } from "../../graph/query/worker/pool.ts";
import { LocalWorkbench } from "../../graph/workbench/localWorkbench.ts";
import { tempDir } from "../support/addFixtures.ts";
import { runCli } from "../support/cli.ts";
import { apiClient } from "../support/apiClient.ts";
import { startAppServer } from "../support/appServer.ts";
import { GOITA_SLUG, LATER_SLUG, goitaDir, laterDir } from "../support/articleFixture.ts";
import { clearDatabase, testDriver } from "../support/db.ts";
import { describePoll, pollExplorer } from "../support/explorerPoller.ts";
import { freePort } from "../support/freePort.ts";
import { LAKE_SLUG, writeLakeFolder } from "../support/reviewFixture.ts";

/** A string built one character at a time: Neo4j does not stop it when its transaction is terminated. */
const REDUCE_BOMB = "RETURN reduce(s = '', x IN range(1, 100000000) | s + 'x') AS s";

const root = tempDir("isolation-articles");
// As npm start places it: beside the explorer's data folder, whose name it takes with "-workbench".
const explorerData = tempDir("isolation-neo4j");
const workbenchData = `${explorerData}-workbench`;
const log: string[] = [];
let driver: Driver;
let workbench: LocalWorkbench;
let workbenchPort: number;
let workers: QueryWorkers;
let server: { url: string; stop: () => Promise<void> };
let api: ReturnType<typeof apiClient>;

beforeAll(async () => {
  driver = testDriver();
  await clearDatabase(driver);
  cpSync(goitaDir, join(root, GOITA_SLUG), { recursive: true });
  cpSync(laterDir, join(root, LATER_SLUG), { recursive: true });
  await reconcileArticles(driver, root);
  // The one extra Neo4j of this file: the workbench's own, as npm start runs it.
  const options = {
    dataDir: workbenchData,
    port: await freePort(),
    heap: "512m",
    pagecache: "64m",
    txTimeout: "60s",
    txMemory: "256m",
    yielding: true,
  };
  workbenchPort = options.port;
  workbench = new LocalWorkbench(options, root, (line) => log.push(line));
  await workbench.start();
  workers = new QueryWorkers(workbench.connection, {
    target: workbench.side,
    unavailable: () => workbench.unavailable(),
  });
  server = await startAppServer(driver, {
    db: new GraphDb(driver, undefined, 15_000, undefined, workers),
    query: {
      limits: { timeoutMs: 2000, maxRows: 100, maxNodes: 100, maxBytes: 1_000_000 },
      timeoutMaxMs: 30_000,
      allowWrites: false,
    },
    articles: { dir: root, enabled: true },
    onArticleLoaded: () => workbench.refresh(),
  });
  api = apiClient(server.url);
}, 300_000);

afterAll(async () => {
  await server?.stop();
  await workers?.close();
  await workbench?.stop();
  rmSync(workbenchData, { recursive: true, force: true });
  rmSync(explorerData, { recursive: true, force: true });
  rmSync(root, { recursive: true, force: true });
  await clearDatabase(driver);
  await driver.close();
}, 300_000);

type Answer = { status: number; body: QueryResult | ErrorBody };
const query = (text: string, params: Record<string, unknown> = {}) =>
  api.post<QueryResult | ErrorBody>("/api/query", { query: text, params });
const rowsOf = (answer: Answer) => {
  expect(answer.status, JSON.stringify(answer.body).slice(0, 300)).toBe(200);
  return (answer.body as QueryResult).rows;
};
const errorOf = (answer: Answer) => (answer.body as ErrorBody).error;

describe("the workbench's own Neo4j", () => {
  it("holds a copy of the graph filled from the article folders, which the explorer's Neo4j does not share", async () => {
    expect(rowsOf(await query("MATCH (a:Article) RETURN a.slug ORDER BY a.slug"))).toEqual([
      [GOITA_SLUG],
      [LATER_SLUG],
    ]);
    await driver.executeQuery("CREATE (:OnlyInTheExplorersNeo4j)");
    try {
      expect(rowsOf(await query("MATCH (n:OnlyInTheExplorersNeo4j) RETURN count(n)"))).toEqual([[0]]);
    } finally {
      await driver.executeQuery("MATCH (n:OnlyInTheExplorersNeo4j) DELETE n");
    }
  });

  it("receives a published article in the background, after the publish has answered", async () => {
    writeLakeFolder(root);
    const { draft, version } = (await api.get<ReviewDocument>(`/api/articles/${LAKE_SLUG}/draft`)).body;
    const accepted = {
      ...draft,
      entities: draft.entities.map((e) => ({ ...e, status: "accepted" as const })),
      relations: draft.relations.map((r) => ({ ...r, status: "accepted" as const })),
    };
    const saved = await api.post<{ version: string }>(`/api/articles/${LAKE_SLUG}/draft`, {
      baseVersion: version,
      draft: accepted,
    });
    const published = await api.post<PublishResponse>(`/api/articles/${LAKE_SLUG}/publish`, {
      baseVersion: saved.body.version,
    });
    expect(published.status).toBe(200);
    await expect
      .poll(
        async () =>
          rowsOf(await query("MATCH (a:Article {slug: $slug}) RETURN count(a)", { slug: LAKE_SLUG })),
        {
          timeout: 60_000,
          interval: 500,
        },
      )
      .toEqual([[1]]);
    await workbench.idle();
    expect(log.join("\n")).toContain("The workbench's Neo4j now matches the articles folder (1 loaded");
  });

  it("takes npm run export's --query too, so a runaway export never reaches the explorer's Neo4j", async () => {
    const out = join(tempDir("isolation-export"), "articles.json");
    const result = await runCli(
      "export",
      ["--query", "MATCH (a:Article) RETURN a", "--format", "json", "--out", out],
      { NEO4J_DATA: explorerData, WORKBENCH_NEO4J_PORT: String(workbenchPort) },
    );
    expect(result.stderr).toContain(
      "The query runs on the workbench's own Neo4j: the explorer's is not affected.",
    );
    expect(result.code).toBe(0);
    // The workbench's copy holds every article the explorer's graph does (the two loaded, the one published above).
    const { records } = await driver.executeQuery("MATCH (a:Article) RETURN count(a) AS n");
    const articles = (records[0]!.get("n") as { toNumber(): number }).toNumber();
    expect(articles).toBe(3);
    expect(result.stdout).toMatch(new RegExp(`^Exported ${articles} nodes and 0 relationships as json`));
  }, 200_000);

  it("is restarted alone by the reduce() bomb: 0 failed explorer requests, and the next workbench query answers", async () => {
    const explorerNeo4j = localStatus(inject("neo4j").options).pid;
    const poller = pollExplorer(server.url, "mali");
    // The explorer answers before the bomb, so that what is measured is the bomb's effect.
    await expect.poll(() => api.get("/api/search?q=mali").then((a) => a.status)).toBe(200);

    const bomb = await query(REDUCE_BOMB);
    expect(bomb.status).toBe(503);
    expect(errorOf(bomb).code).toBe("neo4j_restarting");
    expect(errorOf(bomb).message).toMatch(
      /so the workbench's Neo4j is being restarted to free it: try again in a minute \(the explorer is not affected\)\.$/,
    );
    // While it restarts, the workbench says so in one sentence (unless it is back already).
    const meanwhile = await query("RETURN 1 AS one");
    if (meanwhile.status !== 200) {
      expect(errorOf(meanwhile)).toEqual({
        code: "neo4j_restarting",
        message:
          "The workbench's Neo4j is restarting to stop an earlier query that did not end at its time limit: try again in a minute (the explorer is not affected).",
      });
    }
    await workbench.idle();
    expect(log.join("\n")).toMatch(
      /restarting Neo4j to stop it[\s\S]*The workbench's Neo4j is running again/,
    );

    // The first query after the restart answers, from the refreshed copy.
    expect(rowsOf(await query("MATCH (a:Article) RETURN count(a)"))).toEqual([[3]]);
    const record = await poller.stop();
    expect(record.failed, describePoll(record)).toEqual([]);
    expect(record.requests).toBeGreaterThanOrEqual(30);
    // The explorer's Neo4j is the same process as before.
    expect(localStatus(inject("neo4j").options).pid).toBe(explorerNeo4j);
  }, 300_000);
});
