import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { planArticles } from "../../graph/loader/load.ts";
import { goitaDir } from "../support/articleFixture.ts";

const [plan] = planArticles([goitaDir]);
const text = readFileSync(join(goitaDir, "article.txt"), "utf8");

describe("the article's plan", () => {
  it("gives every relation the sentences its evidence comes from", () => {
    for (const relation of plan!.relations) {
      expect(relation.sentenceIndices.length, relation.id).toBeGreaterThan(0);
      for (const quote of relation.evidence) {
        const flat = quote.replace(/\n/g, " ");
        const sentenceText = relation.sentenceIndices.map((i) => plan!.sentences[i]!.text).join(" ");
        expect(sentenceText, relation.id).toContain(flat);
      }
    }
  });

  it("records mention offsets that point at the surface in the sentence", () => {
    for (const mention of plan!.mentions) {
      const sentence = plan!.sentences.find((s) => s.id === mention.sentence)!;
      mention.starts.forEach((start, i) => {
        expect(sentence.text.slice(start, mention.ends[i])).toBe(mention.surfaces[i]);
      });
    }
  });

  it("links the three spellings of the surname to one entity", () => {
    const surfaces = plan!.mentions.filter((m) => m.entity === "assimi-goita").flatMap((m) => m.surfaces);
    expect(surfaces).toEqual(expect.arrayContaining(["Assimi Giota", "Goita", "President Goïta"]));
    for (const spelling of ["Giota", "Goita", "Goïta"]) expect(text).toContain(spelling);
  });

  it("types quantities and dates", () => {
    const stake = plan!.relations.find((r) => r.id.endsWith("/yadran-stake-in-soroma"))!;
    expect(stake.properties).toMatchObject({ stake: 38, stakeUnit: "percent" });
    const visit = plan!.entities.find((e) => e.id === "goita-visit-to-russia")!;
    expect(visit.properties.startDate).toEqual({ kind: "date", iso: "2025-06-22" });
  });
});
