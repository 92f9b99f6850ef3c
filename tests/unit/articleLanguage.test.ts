import { describe, expect, it } from "vitest";
import { detectLanguage } from "../../graph/articles/language.ts";
import { buildMetadata } from "../../graph/articles/metadata.ts";

const origin = { description: "From a test file", original: "original.txt" };
const TODAY = "2026-12-06";

const FRENCH =
  "Le conseil municipal de Port-Elsa a signé mardi un accord avec la compagnie Northwind pour agrandir le port.\n\n" +
  "Selon la maire, Ilse Varga, le chantier doit créer deux cents emplois d'ici la fin de l'année prochaine.";
const ENGLISH =
  "The town council of Port Elsa signed an agreement with Northwind Shipping on Tuesday to enlarge the harbour.\n\n" +
  "Mayor Ilse Varga said the works would bring two hundred jobs by the end of next year.";

describe("the language of an article's text", () => {
  it("tells French from English on a whole article", () => {
    expect(detectLanguage(FRENCH)?.language).toBe("fr");
    expect(detectLanguage(ENGLISH)?.language).toBe("en");
  });

  it("tells them apart on a single short sentence", () => {
    expect(detectLanguage("Le ministre a signé l'accord à Bamako.")?.language).toBe("fr");
    expect(detectLanguage("The minister signed the deal in Bamako.")?.language).toBe("en");
  });

  it("says nothing about a text too short to tell", () => {
    expect(detectLanguage("Oui")).toBeUndefined();
    expect(detectLanguage("12 345")).toBeUndefined();
  });

  it("takes the language most of a mixed text is written in, and names the other", () => {
    const mixed = `${FRENCH}\n\n${FRENCH.replace("mardi", "jeudi")}\n\n${ENGLISH}`;
    const found = detectLanguage(mixed);
    expect(found?.language).toBe("fr");
    expect(found?.share).toBeGreaterThan(0.5);
    expect(found?.others.map((o) => o.language)).toContain("en");
  });
});

describe("meta.json's language at add", () => {
  it("is detected from the text when neither the user nor the page gives it, and says so", () => {
    const built = buildMetadata({ title: "Port" }, { text: FRENCH }, origin, TODAY);
    expect(built.meta.language).toBe("fr");
    expect(built.detected).toContain('language "fr" detected from the text');
    expect(built.fallbacks.join(" ")).not.toContain("language");
  });

  it("names the other language of a mixed text in what the add says", () => {
    const built = buildMetadata({}, { text: `${FRENCH}\n\n${FRENCH}\n\n${ENGLISH}` }, origin, TODAY);
    expect(built.meta.language).toBe("fr");
    expect(built.detected).toMatch(/% of it en/);
  });

  it("takes the page's lang attribute over the text, and the user's word over both", () => {
    expect(buildMetadata({}, { text: FRENCH, language: "en-GB" }, origin, TODAY).meta.language).toBe("en-GB");
    expect(
      buildMetadata({ language: "fr-CA" }, { text: ENGLISH, language: "en" }, origin, TODAY).meta.language,
    ).toBe("fr-CA");
  });

  it('falls back to "en", said as a default, when the text is too short to tell', () => {
    const built = buildMetadata({ title: "Oui" }, { text: "Oui" }, origin, TODAY);
    expect(built.meta.language).toBe("en");
    expect(built.fallbacks.join(" ")).toContain('language "en"');
    expect(built.detected).toBeUndefined();
  });
});
