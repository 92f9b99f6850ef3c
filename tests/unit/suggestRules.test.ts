import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { measureDraft } from "../../bench/suggest/metrics.ts";
import { countryOfDemonym } from "../../graph/suggest/demonyms.ts";
import { existingType, stem, toTypeName } from "../../graph/suggest/relationTypes.ts";
import { suggestDraft } from "../../graph/suggest/suggestRun.ts";
import { toDate, toQuantity } from "../../graph/suggest/valueProperties.ts";

const river = readFileSync(join(import.meta.dirname, "..", "fixtures", "texts", "river-mission.txt"), "utf8");

describe("relationship types from the words of the text", () => {
  it("reuses a graph type that has the same verb or noun, else builds one", () => {
    expect(stem("signed")).toBe(stem("SIGNED"));
    expect(existingType(["SIGNED", "LEADS", "BASED_IN"], "sign")).toBe("SIGNED");
    expect(existingType(["LEADS"], "leader")).toBe("LEADS");
    expect(existingType(["PART_OF", "PARTNER_IN"], "partner", "in")).toBe("PARTNER_IN");
    expect(existingType(["LEADS"], "praise")).toBeUndefined();
    expect(toTypeName(["signed", "with"])).toBe("SIGNED_WITH");
    expect(toTypeName(["Gründete"])).toBe("GRUNDETE");
    expect(toTypeName(["—", "2"])).toBe("RELATED_TO");
  });
});

describe("typed values", () => {
  it("turns CoreNLP's normalised dates and amounts into the loader's typed values", () => {
    const at = { sentence: 0, start: 0, end: 1, text: "x" };
    expect(toDate({ ...at, kind: "DATE", normalized: "XXXX-06-23" }, "2025-06-01")).toEqual({
      date: "2025-06-23",
    });
    expect(toDate({ ...at, kind: "DATE", normalized: "2023-12" })).toEqual({ date: "2023-12" });
    expect(toDate({ ...at, kind: "DATE", normalized: "XXXX-06-23" })).toBeUndefined();
    expect(toDate({ ...at, kind: "DATE", normalized: "PRESENT_REF" })).toBeUndefined();
    expect(toQuantity({ ...at, kind: "PERCENT", normalized: "<%45.0" })).toEqual({
      key: "share",
      value: { quantity: 45, unit: "percent", qualifier: "less than" },
    });
    expect(toQuantity({ ...at, kind: "MONEY", normalized: "€420000000.0" })).toEqual({
      key: "amount",
      value: { quantity: 420000000, unit: "EUR" },
    });
  });

  it("knows the country of a demonym, the sovereign state over its territories", () => {
    expect(countryOfDemonym("Malian")).toBe("Mali");
    expect(countryOfDemonym("Norwegian")).toBe("Norway");
    expect(countryOfDemonym("ivorian")).toBe("Ivory Coast");
    expect(countryOfDemonym("Monday")).toBeUndefined();
  });
});

describe("suggestions without CoreNLP and without a graph", () => {
  it("still finds acronyms, company codes, demonyms and described things, at their exact offsets", async () => {
    const draft = await suggestDraft(river, { nlpUrl: null });
    expect(draft.engines).toEqual(["rules"]);
    expect(draft.notes).toEqual([
      "CoreNLP is not in use: suggestions come from the graph's names and the rules alone.",
      "No graph to link to: every entity is suggested as new.",
    ]);
    const names = draft.entities.map((e) => e.name);
    expect(names).toEqual(expect.arrayContaining(["UNAMEX", "ACQ-SA", "Andorinha Logistica", "Brazil"]));
    expect(draft.entities.find((e) => e.name === "Brazil")?.demonyms).toEqual(["Brazilian"]);
    for (const e of draft.entities) {
      expect(e.existing).toBe(false);
      for (const m of e.mentions) expect(river.slice(m.start, m.end)).toBe(m.text);
    }
  });
});

describe("quality measure of a draft", () => {
  it("matches by name, alias or mention text and counts relation pairs in either direction", async () => {
    const draft = await suggestDraft("The Brazilian company Andorinha Logistica owns ACQ-SA.", {
      nlpUrl: null,
    });
    const quality = measureDraft(draft, {
      entities: [
        {
          id: "brazil",
          labels: ["Country"],
          name: "Brazil",
          aliases: [],
          demonyms: ["Brazilian"],
          properties: {},
        },
        {
          id: "andorinha",
          labels: ["Company"],
          name: "Andorinha Logistica",
          aliases: [],
          demonyms: [],
          properties: {},
        },
        { id: "acq", labels: ["Company"], name: "ACQ-SA", aliases: [], demonyms: [], properties: {} },
      ],
      relations: [
        { id: "a", type: "BASED_IN", from: "andorinha", to: "brazil", properties: {}, evidence: ["x"] },
        { id: "b", type: "OWNS", from: "andorinha", to: "acq", properties: {}, evidence: ["x"] },
      ],
    });
    expect(quality.named.recall).toBe(1);
    expect(quality.named.precision).toBe(1);
    expect(quality.relations.pairRecall).toBeGreaterThanOrEqual(0.5);
    expect(quality.relations.typeAgreement).toBeGreaterThan(0);
  });
});
