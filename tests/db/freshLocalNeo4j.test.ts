import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import neo4j from "neo4j-driver";
import { afterAll, describe, expect, it } from "vitest";
import { loadArticles } from "../../graph/loader/load.ts";
import { localPassword, startLocal, stopLocal } from "../../graph/neo4j/local/instance.ts";
import { QueryError } from "../../graph/query/queryError.ts";
import { runUserQuery } from "../../graph/query/runUserQuery.ts";
import { articleCopy, goitaDir } from "../support/articleFixture.ts";
import { runCli } from "../support/cli.ts";
import { freePort } from "../support/freePort.ts";

const dataDir = mkdtempSync(join(tmpdir(), "dossier-first-start-"));
let port = 0;

afterAll(async () => {
  await stopLocal({ dataDir, port });
  rmSync(dataDir, { recursive: true, force: true });
});

/** One login with the given password: "ok", "refused" (Bolt answered no) or "closed" (nothing listens yet). */
async function login(password: string): Promise<"ok" | "refused" | "closed"> {
  const driver = neo4j.driver(`bolt://127.0.0.1:${port}`, neo4j.auth.basic("neo4j", password), {
    connectionTimeout: 2000,
    maxConnectionPoolSize: 1,
  });
  try {
    await driver.verifyConnectivity();
    return "ok";
  } catch (error) {
    return /unauthori[sz]ed|authentication/i.test((error as Error).message) ? "refused" : "closed";
  } finally {
    await driver.close();
  }
}

/** Every file and folder under dir whose mode lets the group or others in. */
function openToOthers(dir: string): string[] {
  const found: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    const path = join(entry.parentPath, entry.name);
    if ((statSync(path).mode & 0o077) !== 0) found.push(path);
  }
  return found;
}

describe("the first start of a new local Neo4j", () => {
  it("never accepts neo4j/neo4j, from before Bolt opens until after start returns, and keeps its files private", async () => {
    port = await freePort();
    // A small transaction memory limit, so that a reset that is not batched fails here at small scale.
    const options = { dataDir, port, heap: "512m", pagecache: "64m", txTimeout: "60s", txMemory: "8m" };
    const outcomes: string[] = [];
    let started = false;
    // A local process trying the default credentials as fast as it can, the whole time.
    const prober = (async () => {
      while (!started) outcomes.push(await login("neo4j"));
      for (let i = 0; i < 3; i++) outcomes.push(await login("neo4j"));
    })();
    await startLocal(options);
    started = true;
    await prober;

    expect(outcomes.filter((o) => o === "ok")).toEqual([]);
    expect(outcomes.filter((o) => o === "refused").length).toBeGreaterThanOrEqual(3);
    expect(await login(localPassword(dataDir) ?? "")).toBe("ok");

    expect(statSync(dataDir).mode & 0o777).toBe(0o700);
    expect(openToOthers(dataDir)).toEqual([]);
  });
});

describe("load --reset on a Neo4j with little transaction memory", () => {
  it("removes a much-mentioned entity and its sentences in batches, then loads", async () => {
    const driver = neo4j.driver(
      `bolt://127.0.0.1:${port}`,
      neo4j.auth.basic("neo4j", localPassword(dataDir) ?? ""),
    );
    try {
      const session = driver.session();
      try {
        // What a large load leaves: one entity mentioned by 12,000 sentences.
        await session.run("CREATE (:Entity {id: 'hub', name: 'Hub'}), (:Article {slug: 'big'})");
        await session.run(
          `UNWIND range(1, 12000) AS i
           CALL (i) {
             MATCH (hub:Entity {id: 'hub'}), (a:Article {slug: 'big'})
             CREATE (a)-[:HAS_SENTENCE]->(:Sentence {id: 'big#' + i, text: 'Hub was named again, time ' + i})
                    -[:MENTIONS {surfaces: ['Hub'], starts: [0], ends: [3]}]->(hub)
           } IN TRANSACTIONS OF 500 ROWS`,
        );
      } finally {
        await session.close();
      }
      const result = await loadArticles(driver, [goitaDir], { reset: true, batchSize: 1000 });
      expect(result.articles).toEqual(["2025-06-23-goita-moscow"]);
      const { records } = await driver.executeQuery(
        "MATCH (n) WHERE n.id = 'hub' OR n.slug = 'big' OR n.id STARTS WITH 'big#' RETURN count(n) AS left",
      );
      expect(Number(records[0]?.get("left"))).toBe(0);
      expect(result.counts.labels.Article).toBe(1);
    } finally {
      await driver.close();
    }
  });
});

describe("a command that Neo4j stops", () => {
  it("says why in one sentence, not with the driver's error object", async () => {
    // An article of about 400 KB is one transaction, more than 8 MB of transaction memory.
    const big = articleCopy({ text: (t) => Array<string>(100).fill(t.trimEnd()).join("\n\n") + "\n" });
    const result = await runCli("load", [big], {
      NEO4J_URI: `bolt://127.0.0.1:${port}`,
      NEO4J_USER: "neo4j",
      NEO4J_PASSWORD: localPassword(dataDir) ?? "",
    });
    expect(result.code).toBe(1);
    expect(result.stderr.trim().split("\n")).toEqual([
      "Error: Neo4j stopped a transaction that needed more than its memory limit (db.memory.transaction.max; NEO4J_TX_MEMORY for the local Neo4j): use a smaller --batch-size or raise the limit.",
    ]);
  });
});

describe("a row too large for Neo4j to build", () => {
  it("ends in one bounded answer (400 memory or 504 timeout, each in its sentence), and Neo4j keeps serving", async () => {
    // The instance of the tests above again, as npm start runs it by default: 1 GB of heap, so as
    // much direct memory for Bolt's buffers, where Neo4j encodes a row whole before sending it
    // (about 500 MB for a hundred million numbers, in a buffer that doubles as it grows).
    // Which limit is met first depends on the machine: a fast one runs out of direct memory
    // within the time limit, a slow or busy one reaches the time limit first. Both are bounded
    // answers the user can act on; what must never happen is "Neo4j is unreachable" or a hang.
    await stopLocal({ dataDir, port });
    await startLocal({ dataDir, port, heap: "1g", pagecache: "64m", txTimeout: "60s", txMemory: "512m" });
    const driver = neo4j.driver(
      `bolt://127.0.0.1:${port}`,
      neo4j.auth.basic("neo4j", localPassword(dataDir) ?? ""),
    );
    try {
      const limits = { timeoutMs: 60_000, maxRows: 10, maxNodes: 10 };
      const request = { query: "RETURN range(1, 100000000) AS r" };
      const error = await runUserQuery(driver, request, limits).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(QueryError);
      const { status, code, message } = error as QueryError;
      if (code === "memory") {
        expect(status).toBe(400);
        expect(message).toMatch(/^Neo4j closed the connection while sending this query's answer/);
        // What happened in Neo4j: it ran out of direct memory building the row.
        expect(readFileSync(join(dataDir, "logs", "debug.log"), "utf8")).toContain("OutOfDirectMemoryError");
      } else {
        expect({ status, code }).toEqual({ status: 504, code: "timeout" });
        expect(message).toMatch(
          /^The query ran longer than 60 s and (was stopped\.|Neo4j was told to stop it, but )/,
        );
      }
      const one = await runUserQuery(driver, { query: "RETURN 1 AS one" }, limits);
      expect(one.rows).toEqual([[1]]);
    } finally {
      await driver.close();
    }
  }, 240_000);
});
