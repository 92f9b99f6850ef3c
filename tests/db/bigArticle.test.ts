import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { AddArticleResponse } from "../../graph/contract/articles.ts";
import { type Draft, draftSchema } from "../../graph/model/draft.ts";
import { CHUNK_CHARS } from "../../graph/nlp/chunked.ts";
import { paragraphChunks } from "../../graph/nlp/chunks.ts";
import { HARBOUR_TEXT, tempDir } from "../support/addFixtures.ts";
import { apiClient } from "../support/apiClient.ts";
import { startAppServer } from "../support/appServer.ts";
import { testDriver } from "../support/db.ts";

const textsDir = join(import.meta.dirname, "..", "fixtures", "texts");
const pieces = [
  readFileSync(join(textsDir, "solar-supply.txt"), "utf8").trim(),
  readFileSync(join(textsDir, "river-mission.txt"), "utf8").trim(),
  HARBOUR_TEXT.trim(),
];
/** Just over two chunks of paragraphs: CoreNLP gets it in three requests. */
function threeChunks(): string {
  const paragraphs: string[] = [];
  for (let i = 0, size = 0; size < CHUNK_CHARS * 2.1; i++) {
    paragraphs.push(pieces[i % pieces.length]!);
    size += pieces[i % pieces.length]!.length + 2;
  }
  return paragraphs.join("\n\n");
}
const text = threeChunks();

let driver: Driver;
let server: { url: string; stop: () => Promise<void> };

beforeAll(async () => {
  driver = testDriver();
  const nlpUrl = inject("nlpUrl");
  server = await startAppServer(driver, {
    articles: { dir: tempDir("big-article"), enabled: true },
    nlpUrl: async () => nlpUrl,
  });
});
afterAll(async () => {
  await server.stop();
  await driver.close();
});

/** Every mention and evidence quote is exactly the text at its offsets. */
function expectVerbatim(draft: Draft) {
  for (const e of draft.entities) {
    for (const m of e.mentions) expect(text.slice(m.start, m.end), `${e.id} mention`).toBe(m.text);
  }
  for (const r of draft.relations) {
    for (const s of r.evidenceSpans) expect(text.slice(s.start, s.end), `${r.id} evidence`).toBe(s.text);
  }
}

describe("an article longer than one CoreNLP chunk", () => {
  it("is suggested with every span verbatim at its offsets, while health keeps answering", async () => {
    expect(paragraphChunks(text, CHUNK_CHARS).length).toBe(3);
    const api = apiClient(server.url);
    let adding = true;
    const healthDuring: number[] = [];
    const polling = (async () => {
      while (adding) {
        const response = await fetch(`${server.url}/api/health`, { signal: AbortSignal.timeout(10_000) });
        await response.arrayBuffer();
        if (adding) healthDuring.push(response.status);
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    })();
    const answer = await api
      .post<AddArticleResponse>("/api/articles", { text, title: "Three chunks of news" })
      .finally(() => (adding = false));
    await polling;

    expect(answer.status).toBe(201);
    const draft = draftSchema.parse(answer.body.draft);
    expect(draft.engines).toContain("corenlp");
    expectVerbatim(draft);
    // CoreNLP's entities come from every chunk, the last one too.
    const starts = draft.entities.flatMap((e) => e.mentions.map((m) => m.start));
    expect(Math.max(...starts)).toBeGreaterThan(CHUNK_CHARS * 2);
    // Health answered while the suggestion ran (each within 10 s, however busy the machine).
    expect(healthDuring.length).toBeGreaterThan(0);
    expect(healthDuring.every((s) => s === 200)).toBe(true);
  });
});
