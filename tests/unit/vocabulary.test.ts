import { describe, expect, it } from "vitest";
import { ENTRIES } from "../../graph/model/vocabulary/entries.ts";
import { FAMILIES } from "../../graph/model/vocabulary/families.ts";
import { foldWord, typeOfTrigger } from "../../graph/model/vocabulary/triggerMatch.ts";
import { GENERIC_TYPE, groupByFamily } from "../../graph/model/vocabulary/vocabulary.ts";

describe("the relationship vocabulary", () => {
  it("holds 30 to 50 types, each with a family, a description and a scheme, and every family is used", () => {
    expect(ENTRIES.length).toBeGreaterThanOrEqual(30);
    expect(ENTRIES.length).toBeLessThanOrEqual(50);
    for (const e of ENTRIES) {
      expect(e.description.length, e.name).toBeGreaterThan(10);
      expect(e.sources.length, e.name).toBeGreaterThan(0);
    }
    expect(new Set(ENTRIES.map((e) => e.family))).toEqual(new Set(FAMILIES.map((f) => f.id)));
  });

  it("never lets one trigger word name two types", () => {
    const owner = new Map<string, string>();
    for (const e of ENTRIES) {
      for (const w of [...e.en, ...e.fr]) {
        const seen = owner.get(foldWord(w));
        expect(seen === undefined || seen === e.name, `${w}: ${seen} and ${e.name}`).toBe(true);
        owner.set(foldWord(w), e.name);
      }
    }
  });

  it("maps English triggers, inflected or not, onto its types", () => {
    expect(typeOfTrigger(["sign", "signed", "with"])).toBe("SIGNED");
    expect(typeOfTrigger(["signed with"])).toBe("SIGNED");
    expect(typeOfTrigger(["leader", "of"])).toBe("LEADS");
    expect(typeOfTrigger(["meet", "met", "with"])).toBe("MET_WITH");
    expect(typeOfTrigger(["stake", "in"])).toBe("HOLDS_STAKE_IN");
    expect(typeOfTrigger(["headquartered", "in"])).toBe("BASED_IN");
    expect(typeOfTrigger(["took", "part", "in"])).toBe("PARTICIPATED_IN");
    expect(typeOfTrigger(["imposed", "sanctions", "on"])).toBe("SANCTIONED");
  });

  it("maps French lemmas onto the same types as their English counterparts", () => {
    expect(typeOfTrigger(["signer", "avec"])).toBe("SIGNED");
    expect(typeOfTrigger(["rencontrer"])).toBe("MET_WITH");
    expect(typeOfTrigger(["diriger"])).toBe("LEADS");
    expect(typeOfTrigger(["chef", "de"])).toBe("LEADS");
    expect(typeOfTrigger(["président"])).toBe("LEADS");
    expect(typeOfTrigger(["President"])).toBe("LEADS");
    expect(typeOfTrigger(["siège"])).toBe("BASED_IN");
    expect(typeOfTrigger(["actionnaire", "de"])).toBe("HOLDS_STAKE_IN");
    expect(typeOfTrigger(["soutenir"])).toBe("SUPPORTS");
    expect(typeOfTrigger(["avoir", "lieu", "à"])).toBe("TOOK_PLACE_IN");
  });

  it("gives RELATED_TO for words it has no entry for", () => {
    expect(typeOfTrigger(["jours"])).toBe(GENERIC_TYPE);
    expect(typeOfTrigger(["as", "force", "to"])).toBe(GENERIC_TYPE);
    expect(typeOfTrigger([])).toBe(GENERIC_TYPE);
    expect(ENTRIES.some((e) => e.name === GENERIC_TYPE)).toBe(true);
  });

  it("groups types by family in the vocabulary's order, types outside it last", () => {
    expect(groupByFamily(["SIGNED", "OLD_TYPE", "LEADS", "GOVERNS"])).toEqual([
      { family: "leadership", label: "Leadership", types: ["LEADS", "GOVERNS"] },
      { family: "agreements", label: "Agreements", types: ["SIGNED"] },
      { family: "other", label: "Other types", types: ["OLD_TYPE"] },
    ]);
  });
});
