import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadArticles, planArticles } from "../../graph/loader/load.ts";
import { ValidationError } from "../../graph/loader/problems.ts";
import type { Annotation } from "../../graph/model/annotation.ts";
import { GOITA_SLUG, articleCopy, goitaDir } from "../support/articleFixture.ts";
import { canonicalDump, clearDatabase, seededDriver } from "../support/db.ts";

let driver: Driver;
const annotation = JSON.parse(readFileSync(join(goitaDir, "annotation.json"), "utf8")) as Annotation;

beforeAll(async () => {
  driver = await seededDriver();
});

afterAll(async () => {
  await driver.close();
});

async function rows<T = Record<string, unknown>>(
  query: string,
  params: Record<string, unknown> = {},
): Promise<T[]> {
  const result = await driver.executeQuery(query, params);
  return result.records.map((r) => r.toObject() as T);
}

describe("loading the article into Neo4j", () => {
  it("writes every entity, relation and sentence of the plan", async () => {
    const [plan] = planArticles([goitaDir]);
    const [counts] = await rows<{ entities: number; sentences: number; relations: number; mentions: number }>(
      `MATCH (e:Entity) WITH count(e) AS entities
       MATCH (:Article {slug: $slug})-[:HAS_SENTENCE]->(s:Sentence) WITH entities, count(s) AS sentences
       MATCH (:Entity)-[r]->(:Entity) WITH entities, sentences, count(r) AS relations
       MATCH (:Sentence)-[m:MENTIONS]->(:Entity)
       RETURN entities, sentences, relations, count(m) AS mentions`,
      { slug: GOITA_SLUG },
    );
    expect(Number(counts?.entities)).toBe(plan!.entities.length);
    expect(Number(counts?.sentences)).toBe(plan!.sentences.length);
    expect(Number(counts?.relations)).toBe(plan!.relations.length);
    expect(Number(counts?.mentions)).toBe(plan!.mentions.length);
  });

  it("gives the same graph when loaded twice", async () => {
    const before = await canonicalDump(driver);
    await loadArticles(driver, [goitaDir]);
    expect(await canonicalDump(driver)).toBe(before);
  });

  it("gives the same graph whether articles that share entities are written together or one by one", async () => {
    const second = articleCopy({
      slug: "2025-06-25-goita-moscow-follow-up",
      annotation: (a) => {
        a.entities.find((e) => e.id === "assimi-goita")!.aliases.push("Colonel Goïta");
        a.entities.find((e) => e.id === "french-missions")!.labels.push("Organization");
      },
    });
    const dirs = [goitaDir, second];
    await clearDatabase(driver);
    await loadArticles(driver, dirs, { batchSize: 1 });
    const oneByOne = await canonicalDump(driver);
    await clearDatabase(driver);
    await loadArticles(driver, dirs, { batchSize: 100_000 });
    const together = await canonicalDump(driver);
    expect(together).toBe(oneByOne);
    const [goita] = await rows<{ articles: number; aliases: string[] }>(
      "MATCH (e:Entity {id: 'assimi-goita'}) RETURN e.articleCount AS articles, e.aliases AS aliases",
    );
    expect(Number(goita?.articles)).toBe(2);
    expect(goita?.aliases).toContain("Colonel Goïta");
    const [missions] = await rows<{ labels: string[] }>(
      "MATCH (e:Entity {id: 'french-missions'}) RETURN labels(e) AS labels",
    );
    expect(missions?.labels).toContain("Organization");
    await clearDatabase(driver);
    await loadArticles(driver, [goitaDir]);
  });

  it("stores every relation's evidence, verbatim in the article, with the sentences it comes from", async () => {
    const relations = await rows<{
      id: string;
      evidence: string[];
      indices: number[];
      text: string;
      sentences: string[];
    }>(
      `MATCH (:Entity)-[r]->(:Entity)
       MATCH (a:Article {slug: r.article})
       OPTIONAL MATCH (a)-[:HAS_SENTENCE]->(s:Sentence) WHERE s.index IN r.sentenceIndices
       RETURN r.id AS id, r.evidence AS evidence, r.sentenceIndices AS indices, a.text AS text, collect(s.text) AS sentences`,
    );
    expect(relations).toHaveLength(annotation.relations.length);
    for (const r of relations) {
      expect(r.evidence.length, r.id).toBeGreaterThan(0);
      expect(r.sentences.length, r.id).toBe(r.indices.length);
      for (const quote of r.evidence) {
        expect(r.text, r.id).toContain(quote);
        expect(r.sentences.join(" "), r.id).toContain(quote.replace(/\n/g, " "));
      }
    }
    expect(relations.map((r) => r.id).sort()).toEqual(
      annotation.relations.map((r) => `${GOITA_SLUG}/${r.id}`).sort(),
    );
  });

  it("keeps the article text byte for byte", async () => {
    const [article] = await rows<{ text: string }>("MATCH (a:Article {slug: $slug}) RETURN a.text AS text", {
      slug: GOITA_SLUG,
    });
    expect(article?.text).toBe(readFileSync(join(goitaDir, "article.txt"), "utf8"));
  });

  it("resolves Giota, Goita and Goïta to one Person node", async () => {
    const people = await rows<{ name: string; surfaces: string[] }>(
      `MATCH (s:Sentence)-[m:MENTIONS]->(p:Person)
       WITH p, [x IN collect(m.surfaces) | x] AS lists
       RETURN p.name AS name, reduce(acc = [], l IN lists | acc + l) AS surfaces`,
    );
    const holders = people.filter((p) =>
      p.surfaces.some((s) => /^(Assimi |President )?(Giota|Goita|Goïta)$/.test(s)),
    );
    expect(holders).toHaveLength(1);
    expect(holders[0]?.name).toBe("Assimi Goïta");
    const spellings = new Set(holders[0]!.surfaces.map((s) => s.split(" ").at(-1)));
    expect(spellings).toEqual(new Set(["Giota", "Goita", "Goïta"]));
  });

  it("links each sentence that names an entity to that entity", async () => {
    const sentences = await rows<{ text: string; mentioned: string[] }>(
      `MATCH (:Article {slug: $slug})-[:HAS_SENTENCE]->(s:Sentence)
       OPTIONAL MATCH (s)-[:MENTIONS]->(e:Entity)
       RETURN s.text AS text, collect(e.id) AS mentioned`,
      { slug: GOITA_SLUG },
    );
    let checked = 0;
    for (const entity of annotation.entities) {
      for (const name of [entity.name, ...(entity.aliases ?? []), ...(entity.demonyms ?? [])]) {
        const word = new RegExp(
          `(^|[^\\p{L}\\p{N}])${name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}($|[^\\p{L}\\p{N}])`,
          "u",
        );
        for (const s of sentences.filter((x) => word.test(x.text))) {
          expect(s.mentioned, `"${s.text}" names ${entity.id} as "${name}"`).toContain(entity.id);
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(50);
  });

  it("stores typed values: integers, dates and quantities with units", async () => {
    const [stake] = await rows<{ stake: unknown; unit: string; isInt: boolean }>(
      `MATCH (:Company {id: 'yadran'})-[r:HOLDS_STAKE_IN]->(:Company {id: 'soroma-sa'})
       RETURN r.stake AS stake, r.stakeUnit AS unit, valueType(r.stake) STARTS WITH 'INTEGER' AS isInt`,
    );
    expect(Number(stake?.stake)).toBe(38);
    expect(stake?.unit).toBe("percent");
    expect(stake?.isInt).toBe(true);
    const [visit] = await rows<{ type: string; value: string }>(
      "MATCH (e:Event {id: 'goita-visit-to-russia'}) RETURN valueType(e.startDate) AS type, toString(e.startDate) AS value",
    );
    expect(visit).toEqual({ type: "DATE NOT NULL", value: "2025-06-22" });
  });
});

describe("rejected input", () => {
  it.each([
    ["an unknown entity id", (a: Annotation) => void (a.relations[0]!.to = "nobody")],
    ["a duplicate id", (a: Annotation) => void a.entities.push({ ...a.entities[1]! })],
    ["an alias claimed twice", (a: Annotation) => void a.entities[1]!.aliases.push("Giota")],
    [
      "a quote that is not verbatim",
      (a: Annotation) => void (a.relations[0]!.evidence = ["Goïta rules Mali"]),
    ],
    [
      "a malformed date",
      (a: Annotation) => void (a.relations[0]!.properties = { since: { date: "2025-02-30" } }),
    ],
  ])("leaves the database unchanged after %s", async (_name, change) => {
    const before = await canonicalDump(driver);
    const dir = articleCopy({ annotation: change });
    await expect(loadArticles(driver, [dir], { reset: true })).rejects.toBeInstanceOf(ValidationError);
    expect(await canonicalDump(driver)).toBe(before);
  });

  it("rolls back an article whose load fails midway, leaving the graph as it was", async () => {
    const before = await canonicalDump(driver);
    const dir = articleCopy({ slug: "2025-06-24-goita-moscow-copy" });
    let batches = 0;
    await expect(
      loadArticles(driver, [dir], {
        batchSize: 10,
        onProgress: ({ step }) => {
          batches++;
          if (step === "relations") throw new Error("injected failure");
        },
      }),
    ).rejects.toThrow("injected failure");
    expect(batches).toBeGreaterThan(3);
    expect(await canonicalDump(driver)).toBe(before);
    const [left] = await rows<{ n: number }>(
      "MATCH (n) WHERE n.article = $slug OR n.slug = $slug OR n.articleCount > 1 RETURN count(n) AS n",
      { slug: "2025-06-24-goita-moscow-copy" },
    );
    expect(Number(left?.n)).toBe(0);
  });
});

describe("reset", () => {
  it("removes what the loader wrote and nothing else", async () => {
    await driver.executeQuery("CREATE (:Unrelated {note: 'the user owns this'})");
    const before = await canonicalDump(driver);
    await loadArticles(driver, [goitaDir], { reset: true });
    expect(await canonicalDump(driver)).toBe(before);
    const [kept] = await rows<{ n: number }>("MATCH (n:Unrelated) RETURN count(n) AS n");
    expect(Number(kept?.n)).toBe(1);
    await driver.executeQuery("MATCH (n:Unrelated) DELETE n");
  });
});

describe("the local Neo4j's settings", () => {
  it("refuses LOAD CSV from a local file", async () => {
    await expect(
      driver.executeQuery("LOAD CSV FROM 'file:///etc/passwd' AS line RETURN line LIMIT 1"),
    ).rejects.toThrow(/allow_csv_import_from_file_urls/);
  });

  it("enforces a transaction timeout and a memory limit per transaction", async () => {
    const settings = await rows<{ name: string; value: string }>(
      "SHOW SETTINGS YIELD name, value WHERE name IN ['db.transaction.timeout', 'db.memory.transaction.max', 'dbms.security.auth_enabled'] RETURN name, value",
    );
    const byName = Object.fromEntries(settings.map((s) => [s.name, s.value]));
    expect(byName["dbms.security.auth_enabled"]).toBe("true");
    expect(byName["db.transaction.timeout"]).not.toBe("0s");
    expect(byName["db.memory.transaction.max"]).not.toBe("0B");
  });
});
