import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { GraphDb } from "../../graph/db/graphDb.ts";
import type { Draft } from "../../graph/model/draft.ts";
import { suggestDraft } from "../../graph/suggest/suggestRun.ts";
import { seededDriver } from "../support/db.ts";

/**
 * A French dispatch written for this test, suggested against the graph of
 * the English seed article: names the graph gives in English only.
 */
const TEXT =
  "Le Corps africain, rattaché au ministère russe de la Défense, a remplacé Wagner au Mali. " +
  "Vladimir Poutine a reçu à Moscou des membres du Gouvernement de transition malien. " +
  "Selon l'Union africaine, la situation reste tendue. Celle-ci a demandé un rapport, et il a répondu.\n";

let driver: Driver;
let draft: Draft;

beforeAll(async () => {
  driver = await seededDriver();
  draft = await suggestDraft(TEXT, {
    db: new GraphDb(driver, undefined),
    nlpUrl: inject("nlpUrl"),
    language: "fr",
    additions: [],
  });
});

afterAll(async () => {
  await driver.close();
});

const mentioned = (words: string) => draft.entities.find((e) => e.mentions.some((m) => m.text === words));

describe("a French article linked to a graph named in English", () => {
  it("is read by CoreNLP's French pipeline", () => {
    expect(draft.engines).toContain("corenlp");
  });

  it("links names that say the same words, and a name spelled the French way, as proposals with their reason", () => {
    for (const [words, id] of [
      ["Corps africain", "africa-corps"],
      ["ministère russe de la Défense", "russian-ministry-of-defense"],
      ["Gouvernement de transition malien", "malian-transition-authorities"],
      ["Vladimir Poutine", "vladimir-putin"],
    ] as const) {
      const entity = mentioned(words);
      expect(entity?.id, words).toBe(id);
      expect(entity?.existing).toBe(true);
      expect(entity!.score).toBeLessThan(0.9);
      expect(entity!.candidates.find((c) => c.id === id)?.reason).toContain(words);
    }
    // An equal name is linked as sure as ever.
    expect(mentioned("Moscou")?.id).toBe("moscow");
    expect(mentioned("Moscou")!.score).toBeGreaterThanOrEqual(0.9);
  });

  it("links nothing the graph does not hold, and makes no entity of a pronoun", () => {
    expect(mentioned("Union africaine")?.existing).toBe(false);
    for (const e of draft.entities)
      expect(
        e.mentions.every((m) => /^(il|celle-ci)$/i.test(m.text)),
        `${e.name} is only pronouns`,
      ).toBe(false);
  });
});
