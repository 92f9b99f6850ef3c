import { spawn } from "node:child_process";
import { once } from "node:events";
import { existsSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import type { HealthResponse } from "../../graph/contract/explorer.ts";
import { projectRoot } from "../../graph/neo4j/local/paths.ts";
import { ensureAppBuilt } from "../../scripts/lib/buildApp.ts";
import { startAppChild } from "../appServer.ts";
import { type DatasetManifest, generateDataset } from "../generate/dataset.ts";
import { startBenchNeo4j } from "../neo4j.ts";
import type { Results } from "../results.ts";

const S = "start";
/** About a thousand article folders: the generator writes 50 to 150 relations an article. */
const RELATIONS = 100_000;
const round = (v: number) => Math.round(v * 100) / 100;

/** The same seed-1 corpus as the other sections, kept under bench/tmp/start-100k/articles. */
function corpus(root: string): { dir: string; manifest: DatasetManifest } {
  const dir = join(root, "start-100k", "articles");
  const manifestFile = join(dir, "dataset.json");
  if (existsSync(manifestFile)) {
    return { dir, manifest: JSON.parse(readFileSync(manifestFile, "utf8")) as DatasetManifest };
  }
  rmSync(dir, { recursive: true, force: true });
  return { dir, manifest: generateDataset({ relations: RELATIONS, seed: 1, out: dir }) };
}

/** `npm run load` as a user runs it, against `uri`; resolves with the seconds it took. */
async function timedLoad(uri: string, password: string, dir: string): Promise<number> {
  const started = performance.now();
  const child = spawn(process.execPath, ["--import", "tsx", join(projectRoot, "scripts", "load.ts")], {
    cwd: projectRoot,
    env: { ...process.env, NEO4J_URI: uri, NEO4J_USER: "neo4j", NEO4J_PASSWORD: password, DOSSIER_ARTICLES: dir },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout.on("data", (c: Buffer) => (output += c.toString()));
  child.stderr.on("data", (c: Buffer) => (output += c.toString()));
  const [code] = (await once(child, "exit")) as [number | null];
  if (code !== 0) throw new Error(`npm run load failed (code ${code}):\n${output.slice(-2000)}`);
  return (performance.now() - started) / 1000;
}

/** GET /api/health until the graph holds `articles` articles (start loads before it listens, so at once). */
async function healthWithArticles(url: string, articles: number): Promise<HealthResponse> {
  for (;;) {
    const answer = (await (await fetch(`${url}/api/health`)).json()) as HealthResponse;
    if ((answer.counts.labels.Article ?? 0) >= articles) return answer;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/**
 * `npm start` with about a thousand generated article folders, each against a
 * fresh local Neo4j of the bench's own: the time from the command until the
 * server says it is ready and /api/health counts every article, beside the
 * peer, a bare `npm run load` of the same folders on another fresh instance.
 * CoreNLP is off (NLP_ENGINE=off) in the timed start: it starts in the
 * background and never delays ready, but would take a core from the load.
 */
export async function benchStartup(results: Results, root: string): Promise<void> {
  console.log("\n[start] npm start with about 1,000 article folders");
  const { dir, manifest } = corpus(root);
  // Built before the clock starts, as after a first npm start: the build is not what is measured.
  await ensureAppBuilt((line) => console.log(`  ${line}`));

  const peerDb = await startBenchNeo4j();
  let loadSeconds: number;
  try {
    loadSeconds = await timedLoad(peerDb.uri, peerDb.password, dir);
  } finally {
    await peerDb.stop();
  }

  const db = await startBenchNeo4j();
  try {
    const started = performance.now();
    const app = await startAppChild(db, { DOSSIER_ARTICLES: dir, NLP_ENGINE: "off" });
    try {
      const health = await healthWithArticles(app.url, manifest.articles);
      const startSeconds = (performance.now() - started) / 1000;
      if (app.output().includes("Building the app")) {
        throw new Error("npm start rebuilt the app during the timed start: run the section again.");
      }
      const note = `${manifest.articles.toLocaleString("en-US")} article folders, ${RELATIONS.toLocaleString("en-US")} relations; ${health.counts.nodes.toLocaleString("en-US")} nodes`;
      results.figure(S, "npm start to ready, graph loaded (fresh Neo4j)", round(startSeconds), "s", note);
      results.figure(S, "peer: npm run load of the same folders (fresh Neo4j)", round(loadSeconds), "s");
      results.figure(
        S,
        "npm start / npm run load",
        round(startSeconds / loadSeconds),
        "×",
        "both write every folder through transactions; the start also connects, reconciles and serves",
      );
    } finally {
      await app.stop();
    }
  } finally {
    await db.stop();
  }
}
