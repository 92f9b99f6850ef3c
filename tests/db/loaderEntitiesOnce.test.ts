import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadArticles, planArticles } from "../../graph/loader/load.ts";
import type { Annotation } from "../../graph/model/annotation.ts";
import { articleCopy, goitaDir } from "../support/articleFixture.ts";
import { canonicalDump, clearDatabase, testDriver } from "../support/db.ts";

let driver: Driver;

beforeAll(() => {
  driver = testDriver();
});

afterAll(async () => {
  await clearDatabase(driver);
  await driver.close();
});

async function rows<T>(query: string, params: Record<string, unknown> = {}): Promise<T[]> {
  const result = await driver.executeQuery(query, params);
  return result.records.map((r) => r.toObject() as T);
}

const addColonel = (a: Annotation) =>
  a.entities.find((e) => e.id === "assimi-goita")!.aliases.push("Colonel Goïta");

/** Putin under an id of this copy's own: an entity that no other article names. */
const ownPutin = (a: Annotation) => {
  a.entities.find((e) => e.id === "vladimir-putin")!.id = "putin-of-the-copy";
  for (const r of a.relations) {
    if (r.from === "vladimir-putin") r.from = "putin-of-the-copy";
    if (r.to === "vladimir-putin") r.to = "putin-of-the-copy";
  }
};

describe("a load of several transactions", () => {
  it("gives one node for an entity several articles name, with every article's mentions", async () => {
    const dirs = [
      goitaDir,
      articleCopy({ slug: "2025-06-24-goita-moscow-second", annotation: addColonel }),
      articleCopy({ slug: "2025-06-25-goita-moscow-third" }),
    ];
    await clearDatabase(driver);
    // One article per transaction.
    await loadArticles(driver, dirs, { batchSize: 1 });
    const nodes = await rows<{ articles: number; aliases: string[] }>(
      "MATCH (e:Entity {id: 'assimi-goita'}) RETURN e.articleCount AS articles, e.aliases AS aliases",
    );
    expect(nodes).toHaveLength(1);
    expect(Number(nodes[0]!.articles)).toBe(3);
    expect(nodes[0]!.aliases).toContain("Colonel Goïta");
    const mentions = await rows<{ article: string; mentions: number }>(
      `MATCH (s:Sentence)-[:MENTIONS]->(:Entity {id: 'assimi-goita'})
       RETURN s.article AS article, count(*) AS mentions ORDER BY article`,
    );
    const planned = planArticles(dirs)
      .map((p) => ({
        article: p.slug,
        mentions: p.mentions.filter((m) => m.entity === "assimi-goita").length,
      }))
      .sort((a, b) => a.article.localeCompare(b.article));
    expect(mentions.map((m) => ({ ...m, mentions: Number(m.mentions) }))).toEqual(planned);
    expect(planned.every((p) => p.mentions > 0)).toBe(true);

    const oneByOne = await canonicalDump(driver);
    await clearDatabase(driver);
    await loadArticles(driver, dirs, { batchSize: 100_000 });
    expect(await canonicalDump(driver)).toBe(oneByOne);
  });

  it("leaves nothing of an article whose transaction fails: no entity of its own, none of its names", async () => {
    await clearDatabase(driver);
    await loadArticles(driver, [goitaDir]);
    const firstAlone = await canonicalDump(driver);
    await clearDatabase(driver);
    const failing = articleCopy({
      slug: "2025-06-24-goita-moscow-failing",
      annotation: (a) => {
        addColonel(a);
        ownPutin(a);
      },
    });
    await expect(
      loadArticles(driver, [goitaDir, failing], {
        batchSize: 1,
        onProgress: ({ slugs }) => {
          if (slugs.includes("2025-06-24-goita-moscow-failing")) throw new Error("injected failure");
        },
      }),
    ).rejects.toThrow("injected failure");
    const own = await rows<{ n: number }>("MATCH (e:Entity {id: 'putin-of-the-copy'}) RETURN count(e) AS n");
    expect(Number(own[0]!.n)).toBe(0);
    const [goita] = await rows<{ aliases: string[] }>(
      "MATCH (e:Entity {id: 'assimi-goita'}) RETURN e.aliases AS aliases",
    );
    expect(goita!.aliases).not.toContain("Colonel Goïta");
    expect(await canonicalDump(driver)).toBe(firstAlone);
  });
});
