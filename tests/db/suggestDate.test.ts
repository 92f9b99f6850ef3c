import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { AddArticleResponse } from "../../graph/contract/articles.ts";
import type { Draft } from "../../graph/model/draft.ts";
import { suggestDraft } from "../../graph/suggest/suggestRun.ts";
import { tempDir } from "../support/addFixtures.ts";
import { apiClient } from "../support/apiClient.ts";
import { startAppServer } from "../support/appServer.ts";
import { goitaDir } from "../support/articleFixture.ts";
import { testDriver } from "../support/db.ts";

let driver: Driver;
let server: { url: string; stop: () => Promise<void> };
let api: ReturnType<typeof apiClient>;

beforeAll(async () => {
  driver = testDriver();
  server = await startAppServer(driver, {
    articles: { dir: tempDir("date-articles"), enabled: true },
    nlpUrl: async () => inject("nlpUrl"),
  });
  api = apiClient(server.url);
});
afterAll(async () => {
  await server.stop();
  await driver.close();
});

/** Every date the draft's entities and relations carry. */
function datesIn(draft: Draft): string[] {
  return [...draft.entities, ...draft.relations].flatMap((item) =>
    Object.values(item.properties).flatMap((v) =>
      v && typeof v === "object" && "date" in v ? [String(v.date)] : [],
    ),
  );
}

describe("the publication date given to CoreNLP", () => {
  it('resolves "on Monday" against the article\'s own date', async () => {
    const text = "On Monday, the government of Mali signed an agreement with Rosatom in Moscow.";
    const nlpUrl = inject("nlpUrl");
    // 17 June 2025 and 8 February 2024 are a Tuesday and a Thursday.
    const june = await suggestDraft(text, { nlpUrl, referenceDate: "2025-06-17" });
    const february = await suggestDraft(text, { nlpUrl, referenceDate: "2024-02-08" });
    expect(june.engines).toContain("corenlp");
    expect(datesIn(june)).toContain("2025-06-16");
    expect(datesIn(june)).not.toContain("2024-02-05");
    expect(datesIn(february)).toContain("2024-02-05");
    expect(datesIn(february)).not.toContain("2025-06-16");
  });

  it("does not make an add with a new publication date slower than one with a date already seen", async () => {
    // The seed article, headed by a line of its own each time so that no add is a duplicate.
    const body = readFileSync(join(goitaDir, "article.txt"), "utf8");
    const add = async (n: number, published: string) => {
      const started = performance.now();
      const answer = await api.post<AddArticleResponse>("/api/articles", {
        text: `Dispatch ${n}\n\n${body}`,
        title: `Dispatch ${n}`,
        published,
      });
      expect(answer.status).toBe(201);
      expect(answer.body.draft.engines).toContain("corenlp");
      return performance.now() - started;
    };
    // The first add warms the route and the pipeline for its date; the next one repeats that
    // date, and the last brings a date this run has not used: a pipeline rebuilt for it would
    // cost about ten warm requests.
    await add(1, "2019-05-14");
    const sameDate = await add(2, "2019-05-14");
    const newDate = await add(3, "2019-11-27");
    expect(newDate / sameDate).toBeLessThanOrEqual(3);
  });
});
