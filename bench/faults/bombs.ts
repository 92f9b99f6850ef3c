import { cpSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { setTimeout as delay } from "node:timers/promises";
import { localStatus, stopLocal } from "../../graph/neo4j/local/instance.ts";
import { defaultArticlesDir } from "../../graph/corpus/articlesDir.ts";
import { projectRoot } from "../../graph/neo4j/local/paths.ts";
import { describePoll, pollExplorer } from "../../tests/support/explorerPoller.ts";
import { freePort } from "../../tests/support/freePort.ts";
import { type AppChild, startAppChild } from "../appServer.ts";
import { mb, rssOf } from "../measure/rss.ts";
import type { FaultRow, FaultSection } from "./types.ts";

interface Bomb {
  fault: string;
  query: string;
}

/** The time limit each bomb asks for: short, so that the run is about what follows it. */
const BOMB_TIMEOUT_MS = 2000;
/** How long the workbench may take to come back after a bomb (a restart takes 20 s to 2 min here). */
const BACK_WITHIN_MS = 300_000;
/** The explorer is polled this long after the workbench is back, to see it stays well. */
const AFTER_MS = 3000;
/** The explorer is polled this long without a bomb first, as the peer of the polls during them. */
const QUIET_MS = 20_000;

const BOMBS: Bomb[] = [
  {
    fault: "reduce() building a 100,000,000-character string (Neo4j does not stop it when terminated)",
    query: "RETURN reduce(s = '', x IN range(1, 100000000) | s + 'x') AS s",
  },
  {
    fault: "cartesian product of every node with itself six times",
    // The WHERE keeps Neo4j from answering from its count store.
    query: "MATCH (a), (b), (c), (d), (e), (f) WHERE a <> b RETURN count(*) AS n",
  },
  {
    fault: "variable-length paths up to 30 hops between any two nodes",
    query: "MATCH p = (a)-[*..30]-(b) RETURN count(p) AS n",
  },
];

const SEED_ARTICLES = [
  join(defaultArticlesDir, "2025-06-23-goita-moscow"),
  join(projectRoot, "tests", "fixtures", "articles", "2025-07-10-mali-ratifies"),
];

interface Answer {
  status: number;
  code: string;
  ms: number;
}

async function query(url: string, text: string, timeoutMs?: number): Promise<Answer> {
  const started = performance.now();
  try {
    const response = await fetch(`${url}/api/query`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: text, ...(timeoutMs ? { timeoutMs } : {}) }),
    });
    const body = (await response.json()) as { error?: { code?: string } };
    return { status: response.status, code: body.error?.code ?? "", ms: performance.now() - started };
  } catch (error) {
    return { status: 0, code: error instanceof Error ? error.message : String(error), ms: 0 };
  }
}

/**
 * Asks the workbench a small query every second until it answers anything but
 * "restarting" or "still starting": that answer is the workbench's next query
 * after a restart. Undefined when it never came back within the bound.
 */
async function nextAnswer(url: string): Promise<(Answer & { backAfterMs: number }) | undefined> {
  const started = performance.now();
  while (performance.now() - started < BACK_WITHIN_MS) {
    const answer = await query(url, "MATCH (a:Article) RETURN count(a) AS n");
    if (!(answer.status === 503 && answer.code === "neo4j_restarting")) {
      return { ...answer, backAfterMs: performance.now() - started };
    }
    await delay(1000);
  }
  return undefined;
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

async function runBomb(app: AppChild, bomb: Bomb, log: (line: string) => void): Promise<FaultRow> {
  log(`Bomb: ${bomb.fault}...`);
  const poller = pollExplorer(app.url, "mali");
  const answer = await query(app.url, bomb.query, BOMB_TIMEOUT_MS);
  const next = await nextAnswer(app.url);
  await delay(AFTER_MS);
  const record = await poller.stop();
  const nextOk = next?.status === 200;
  const outcome =
    `${describePoll(record)}; the bomb answered ${answer.status} ${answer.code} in ${seconds(answer.ms)}; ` +
    (next
      ? `the workbench's next query answered ${next.status}${next.code ? ` ${next.code}` : ""} ${seconds(next.backAfterMs)} later`
      : `the workbench did not answer again within ${seconds(BACK_WITHIN_MS)}`);
  log(`  ${outcome}`);
  return { fault: bomb.fault, outcome, pass: record.failed.length === 0 && nextOk };
}

/** "explorer's Neo4j 1,234 MB, workbench's Neo4j 456 MB" (resident memory now). */
function memoryOf(dataDirs: string[], ports: number[]): string {
  return ["explorer's", "workbench's"]
    .map((name, i) => {
      const pid = localStatus({ dataDir: dataDirs[i] ?? "", port: ports[i] ?? 0 }).pid;
      const rss = pid === undefined ? undefined : rssOf(pid);
      return `${name} Neo4j ${rss === undefined ? "not running" : `${mb(rss)} MB`}`;
    })
    .join(", ");
}

/** True once neither local Neo4j of the run is running. */
function bothStopped(dataDirs: string[], ports: number[]): boolean {
  return dataDirs.every((dataDir, i) => !localStatus({ dataDir, port: ports[i] ?? 0 }).running);
}

/**
 * Runaway workbench queries against `npm start` with its own local Neo4j:
 * the explorer's search, expand and node are polled every 200 ms by a second
 * client while each bomb runs, and until the workbench answers again.
 */
export const bombs: FaultSection = {
  title: "Runaway workbench queries",
  async run(log) {
    const work = mkdtempSync(join(tmpdir(), "dossier-faults-bombs-"));
    const articles = join(work, "articles");
    for (const dir of SEED_ARTICLES) cpSync(dir, join(articles, dir.split("/").pop()!), { recursive: true });
    const dataDir = join(work, "neo4j");
    const ports = [await freePort(), await freePort()];
    const dataDirs = [dataDir, `${dataDir}-workbench`];
    let app: AppChild | undefined;
    try {
      log("Starting npm start with its two local Neo4j instances...");
      app = await startAppChild(undefined, {
        NEO4J_URI: "",
        NEO4J_DATA: dataDir,
        NEO4J_PORT: String(ports[0]),
        WORKBENCH_NEO4J_PORT: String(ports[1]),
        DOSSIER_ARTICLES: articles,
        NLP_ENGINE: "off",
      });
      const first = await nextAnswer(app.url);
      if (first?.status !== 200) throw new Error(`The workbench did not start:\n${app.output()}`);
      log(`Resident memory once both answer: ${memoryOf(dataDirs, ports)}.`);
      const quiet = pollExplorer(app.url, "mali");
      await delay(QUIET_MS);
      log(`Without a bomb, for ${seconds(QUIET_MS)}: ${describePoll(await quiet.stop())}.`);
      const rows: FaultRow[] = [];
      for (const bomb of BOMBS) rows.push(await runBomb(app, bomb, log));
      log(`Resident memory after the bombs: ${memoryOf(dataDirs, ports)}.`);
      await app.stop("SIGINT");
      log(
        bothStopped(dataDirs, ports)
          ? "Ctrl-C stopped npm start and both Neo4j instances."
          : "Ctrl-C left a Neo4j instance running.",
      );
      return rows;
    } finally {
      await app?.stop("SIGINT");
      // Whatever happened above, no Neo4j of this run is left running.
      for (const [i, dir] of dataDirs.entries()) await stopLocal({ dataDir: dir, port: ports[i] ?? 0 });
      rmSync(work, { recursive: true, force: true });
    }
  },
};
