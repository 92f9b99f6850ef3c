import { describe, expect, it } from "vitest";
import { typeOfTrigger } from "../../graph/model/vocabulary/triggerMatch.ts";
import { frenchLemma } from "../../graph/suggest/french.ts";
import { frenchDates } from "../../graph/suggest/frenchDates.ts";
import { isHonorific, isTitle } from "../../graph/suggest/lexicon.ts";
import { suggestDraft } from "../../graph/suggest/suggestRun.ts";
import { plainTokens } from "../../graph/suggest/text.ts";

const DATED =
  "Le 23 juin 2025, à Bamako, le ministre a parlé. Mardi, il a signé le contrat. " +
  "L'usine doit ouvrir mi-2026, après des travaux commencés en mars 2024 et le 3 mai.";

function dates(text: string, reference?: string): Record<string, string> {
  return Object.fromEntries(
    frenchDates(plainTokens(text, "fr"), reference).map((v) => [v.text, v.normalized]),
  );
}

describe("French dates", () => {
  it("reads a full date, a month and year, a part of a year and a day without its year", () => {
    const found = dates(DATED, "2025-06-27");
    expect(found["23 juin 2025"]).toBe("2025-06-23");
    expect(found["mars 2024"]).toBe("2024-03");
    expect(found["mi-2026"]).toBe("2026");
    expect(found["3 mai"]).toBe("XXXX-05-03");
  });

  it("reads a weekday against the article's date, and leaves it out when the article has none", () => {
    // 27 June 2025 is a Friday: "mardi" is the Tuesday of that week.
    expect(dates(DATED, "2025-06-27")["Mardi"]).toBe("2025-06-24");
    expect(dates(DATED)).not.toHaveProperty("Mardi");
    expect(dates(DATED)["23 juin 2025"]).toBe("2025-06-23");
  });
});

describe("French words for the rules", () => {
  it("matches a conjugated verb to the vocabulary's trigger", () => {
    expect(typeOfTrigger([frenchLemma("signé")])).toBe("SIGNED");
    expect(typeOfTrigger([frenchLemma("rencontré")])).toBe("MET_WITH");
    expect(typeOfTrigger([frenchLemma("dirige")])).toBe("LEADS");
  });

  it("splits an elided article from its word when no parser reads the text", () => {
    const words = plainTokens("L'armée d'Ukraine, qu'il dirige.", "fr").sentences[0]!.tokens.map(
      (t) => t.text,
    );
    expect(words).toEqual(["L'", "armée", "d'", "Ukraine", ",", "qu'", "il", "dirige", "."]);
    // English keeps its apostrophes inside words.
    expect(plainTokens("O'Brien's visit.").sentences[0]!.tokens.map((t) => t.text)[0]).toBe("O'Brien's");
  });

  it("knows French titles and honorifics, and a lone initial M from M.", () => {
    expect(isHonorific("M.")).toBe(true);
    expect(isHonorific("Mme")).toBe(true);
    expect(isHonorific("M")).toBe(false);
    expect(isTitle("général")).toBe(true);
    expect(isTitle("ministre")).toBe(true);
  });
});

describe("a French article without CoreNLP", () => {
  it("takes a lower-case title before a name as a person's, without the title in the name", async () => {
    const draft = await suggestDraft("Le général Assimi Goïta est rentré à Bamako.", {
      language: "fr",
      additions: [],
    });
    const person = draft.entities.find((e) => e.labels.includes("Person"));
    expect(person?.name).toBe("Assimi Goïta");
  });

  it("says that a language without models gets the rules, and asks CoreNLP nothing", async () => {
    const draft = await suggestDraft("Der Präsident hat das Abkommen in Berlin unterzeichnet.", {
      language: "de",
      // Nothing listens here: a request would fail with another note.
      nlpUrl: "http://127.0.0.1:9",
      additions: [],
    });
    expect(draft.engines).not.toContain("corenlp");
    expect(draft.notes.join(" ")).toContain('CoreNLP has no models for the language "de"');
  });

  it("reads a lower-case French demonym as the English-named country", async () => {
    const draft = await suggestDraft("L'armée malienne a reçu des hélicoptères.", {
      language: "fr",
      additions: [],
    });
    const countries = draft.entities.filter((e) => e.labels.includes("Country"));
    expect(countries.map((e) => e.name)).toEqual(["Mali"]);
    // In an English text the same lower-case word is nothing.
    const english = await suggestDraft("The malienne army received helicopters.", { additions: [] });
    expect(english.entities.filter((e) => e.labels.includes("Country"))).toEqual([]);
  });
});
