import { writeFileSync } from "node:fs";
import { loadavg } from "node:os";
import { join } from "node:path";
import type { AddArticleResponse } from "../../graph/contract/articles.ts";
import type { ReviewDocument } from "../../graph/contract/review.ts";
import { defaultArticleDirs, loadArticles } from "../../graph/loader/load.ts";
import { readArticle } from "../../graph/loader/read.ts";
import { GraphDb } from "../../graph/db/graphDb.ts";
import { annotate } from "../../graph/nlp/client.ts";
import { PIPELINE_PROPERTIES } from "../../graph/nlp/server.ts";
import { buildServer } from "../../graph/server/app.ts";
import { listen } from "../../graph/server/listen.ts";
import { suggestDraft } from "../../graph/suggest/suggestRun.ts";
import { withNeo4jAndNlp } from "../benchServers.ts";
import { median, timedNpm } from "./commands.ts";

/** Medians in ms of each way of suggesting on the same article text. */
export interface SpeedFigures {
  date: string;
  words: number;
  runs: number;
  /** The bare CoreNLP request: same text, same annotators, the JSON read as text. */
  bareNlp: number;
  /** The suggestion in process: CoreNLP, reading its answer, the rules, the graph's names and links. */
  suggest: number;
  /** The same without the graph (CoreNLP and the rules). */
  suggestNoGraph: number;
  /** POST /api/articles/:slug/suggest ("Suggest again") on a warm server. */
  suggestRoute: number;
  /** POST /api/articles, each with a publication date not seen before. */
  addRoute: number;
  /** `npm run add`, each with a publication date not seen before (a new process each time). */
  addCli: number;
  /** `npm run suggest` on the same text (a new process each time). */
  suggestCli: number;
  /** The machine's load average (1, 5, 15 min) at the end of the runs. */
  load: number[];
  /** One request with the date in the request properties, as before: a pipeline built for the new date. */
}

const RUNS = 5;

/** A date no earlier run used, so that a per-date cost would show. */
const freshDate = (i: number) => new Date(Date.UTC(2011, 0, 1 + i)).toISOString().slice(0, 10);

async function timed<T>(work: () => Promise<T>): Promise<[number, T]> {
  const started = performance.now();
  const value = await work();
  return [performance.now() - started, value];
}

async function postJson<T>(url: string, body: unknown): Promise<T> {
  const response = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`${url} answered ${response.status}: ${await response.text()}`);
  return (await response.json()) as T;
}

/**
 * The seed article suggested every way a user can ask for it, against a
 * fresh Neo4j holding it (for linking) and a CoreNLP of its own, each warm
 * and timed RUNS times in turn so that the machine's load falls on all alike.
 */
export async function measureSpeed(log: (line: string) => void): Promise<SpeedFigures> {
  const seedDir = defaultArticleDirs()[0];
  if (!seedDir) throw new Error("No article in data/articles to measure with.");
  const seed = readArticle(seedDir);
  const text = seed.text;
  return withNeo4jAndNlp("speed", log, async ({ neo4j, nlpUrl, dir: work }) => {
    await loadArticles(neo4j.driver, [seedDir]);
    const db = new GraphDb(neo4j.driver, undefined);
    const articles = join(work, "articles");
    const app = await buildServer({
      db,
      articles: { dir: articles, enabled: true },
      nlpUrl: async () => nlpUrl,
    });
    const server = await listen(app, "127.0.0.1", 0);
    const cliEnv = {
      NEO4J_URI: neo4j.uri,
      NEO4J_USER: "neo4j",
      NEO4J_PASSWORD: neo4j.password,
      NLP_URL: nlpUrl,
    };
    try {
      const properties = encodeURIComponent(JSON.stringify({ ...PIPELINE_PROPERTIES, outputFormat: "json" }));
      const bare = () =>
        fetch(`${nlpUrl}/?properties=${properties}`, { method: "POST", body: text }).then((r) => r.text());
      const add = (i: number) =>
        postJson<AddArticleResponse>(`${server}/api/articles`, {
          text: `Dispatch ${i}\n\n${text}`,
          title: `Dispatch ${i}`,
          published: freshDate(i),
        });
      log("Warming up every way once...");
      await bare();
      await suggestDraft(text, { db, nlpUrl, referenceDate: seed.meta.published?.date });
      const first = await add(100);
      let version = (
        await postJson<ReviewDocument>(`${server}/api/articles/${first.slug}/suggest`, {
          baseVersion: (
            (await fetch(`${server}/api/articles/${first.slug}/draft`).then((r) =>
              r.json(),
            )) as ReviewDocument
          ).version,
        })
      ).version;
      const textFile = join(work, "article.txt");
      writeFileSync(textFile, text);
      const times: Record<string, number[]> = {};
      const note = (name: string, ms: number) => (times[name] ??= []).push(ms);
      for (let i = 0; i < RUNS; i++) {
        log(`Run ${i + 1} of ${RUNS}...`);
        note("bareNlp", (await timed(bare))[0]);
        note(
          "suggest",
          (await timed(() => suggestDraft(text, { db, nlpUrl, referenceDate: freshDate(20 + i) })))[0],
        );
        note(
          "suggestNoGraph",
          (await timed(() => suggestDraft(text, { nlpUrl, referenceDate: freshDate(30 + i) })))[0],
        );
        const [ms, answer] = await timed(() =>
          postJson<ReviewDocument>(`${server}/api/articles/${first.slug}/suggest`, {
            baseVersion: version,
          }),
        );
        version = answer.version;
        note("suggestRoute", ms);
        note("addRoute", (await timed(() => add(i)))[0]);
        const cliText = join(work, `cli-${i}.txt`);
        writeFileSync(cliText, `Wire ${i}\n\n${text}`);
        note(
          "addCli",
          await timedNpm(
            "add",
            [cliText, "--published", freshDate(40 + i), "--title", `Wire ${i}`, "--articles-dir", articles],
            cliEnv,
          ),
        );
        note(
          "suggestCli",
          await timedNpm(
            "suggest",
            [textFile, "--published", freshDate(50 + i), "--out", join(work, "out.json")],
            cliEnv,
          ),
        );
      }
      await annotate(nlpUrl, "The check that the server still answers.");
      const m = (name: string) => median(times[name] ?? [0]);
      return {
        date: new Date().toISOString(),
        words: text.split(/\s+/).filter(Boolean).length,
        runs: RUNS,
        bareNlp: m("bareNlp"),
        suggest: m("suggest"),
        suggestNoGraph: m("suggestNoGraph"),
        suggestRoute: m("suggestRoute"),
        addRoute: m("addRoute"),
        addCli: m("addCli"),
        suggestCli: m("suggestCli"),
        load: loadavg().map((l) => Math.round(l * 100) / 100),
      };
    } finally {
      await app.close();
    }
  });
}
