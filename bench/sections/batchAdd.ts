import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { PIPELINE_PROPERTIES } from "../../graph/nlp/server.ts";
import { withNeo4jAndNlp } from "../benchServers.ts";
import { generateDataset } from "../generate/dataset.ts";
import type { Results } from "../results.ts";
import { median, timedNpm } from "../speed/commands.ts";

const S = "batch";
const MIN_WORDS = 500;
const MAX_WORDS = 1000;
/** Texts whose bare CoreNLP request is timed alone, for the peer figure. */
const PEER_SAMPLE = 10;
const TARGET_SECONDS = 1.5;
const round = (v: number, digits = 2) => Math.round(v * 10 ** digits) / 10 ** digits;
const words = (text: string) => text.split(/\s+/).filter(Boolean).length;

/**
 * `count` texts of 500–1,000 words from the generator (seed 1): the articles
 * of a generated corpus large enough to hold that many of this length, each
 * written as a .txt file with a title line, as a user's folder would hold them.
 */
function batchTexts(root: string, count: number): string[] {
  const out = join(root, "batch-source");
  rmSync(out, { recursive: true, force: true });
  const manifest = generateDataset({ relations: count * 150, seed: 1, out });
  const texts: string[] = [];
  for (const slug of manifest.slugs) {
    const text = readFileSync(join(out, slug, "article.txt"), "utf8");
    const n = words(text);
    if (n >= MIN_WORDS && n <= MAX_WORDS) texts.push(text);
    if (texts.length === count) break;
  }
  rmSync(out, { recursive: true, force: true });
  if (texts.length < count)
    throw new Error(
      `The generator gave ${texts.length} texts of ${MIN_WORDS}–${MAX_WORDS} words, not ${count}.`,
    );
  return texts;
}

/**
 * `npm run add -- <folder>` of `count` articles of 500–1,000 words, with
 * CoreNLP already warm and a fresh Neo4j for linking, as a user adds a
 * reading list; against the bare CoreNLP request of the same texts (a sample,
 * one at a time), the part of the time no batch can save on this machine.
 */
export async function benchBatchAdd(results: Results, root: string, count: number): Promise<void> {
  console.log(`\n[batch add] ${count} articles of ${MIN_WORDS}–${MAX_WORDS} words from a folder`);
  const texts = batchTexts(root, count);
  const totalWords = texts.reduce((sum, t) => sum + words(t), 0);
  await withNeo4jAndNlp(
    "batch",
    (line) => console.log(`  ${line}`),
    async ({ neo4j, nlpUrl, dir }) => {
      const folder = join(dir, "reading-list");
      const articles = join(dir, "articles");
      mkdirSync(folder);
      texts.forEach((text, i) =>
        writeFileSync(
          join(folder, `report-${String(i + 1).padStart(4, "0")}.txt`),
          `Report ${i + 1}\n\n${text}`,
        ),
      );
      const properties = encodeURIComponent(JSON.stringify({ ...PIPELINE_PROPERTIES, outputFormat: "json" }));
      const bare = async (text: string) => {
        const started = performance.now();
        const response = await fetch(`${nlpUrl}/?properties=${properties}`, { method: "POST", body: text });
        await response.text();
        if (!response.ok) throw new Error(`CoreNLP answered ${response.status}.`);
        return performance.now() - started;
      };
      console.log("  Warming CoreNLP up...");
      await bare(texts[0]!);
      const env = {
        NEO4J_URI: neo4j.uri,
        NEO4J_USER: "neo4j",
        NEO4J_PASSWORD: neo4j.password,
        NLP_URL: nlpUrl,
      };
      console.log(`  npm run add -- <folder of ${count}>...`);
      const ms = await timedNpm("add", [folder, "--articles-dir", articles], env);
      const added = readdirSync(articles, { withFileTypes: true }).filter((d) => d.isDirectory()).length;
      const peer = [];
      for (const text of texts.slice(0, PEER_SAMPLE)) peer.push(await bare(text));
      const perArticle = ms / 1000 / count;
      const barePerArticle = median(peer) / 1000;
      results.figure(
        S,
        `npm run add of a folder of ${count} articles (${MIN_WORDS}–${MAX_WORDS} words, ${Math.round(totalWords / count)} on average), CoreNLP warm`,
        round(ms / 1000, 1),
        "s",
        `${added} article folders written, 2 items at a time (the default)`,
      );
      results.figure(S, "per article", round(perArticle), "s");
      results.figure(
        S,
        "the bare CoreNLP request of one such text, alone (median of 10)",
        round(barePerArticle),
        "s",
        "the same annotators and properties the suggestion asks for",
      );
      results.figure(S, "per article ÷ the bare CoreNLP request", round(perArticle / barePerArticle), "×");
      results.target(
        S,
        `batch add of ${count} articles, per article (suggestion included)`,
        round(perArticle),
        "s",
        TARGET_SECONDS,
        false,
        `the CoreNLP request (parse and coreference) of each text on 2 shared cores: one such request alone takes ${round(barePerArticle)} s, and the batch costs ${round(perArticle / barePerArticle)}× that per article`,
      );
    },
  );
}
