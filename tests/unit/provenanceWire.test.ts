import { describe, expect, it } from "vitest";
import { outletKey } from "../../graph/provenance/outlet.ts";
import { findWireCredit } from "../../graph/provenance/wireCredit.ts";
import {
  DISPATCH,
  FRENCH_WITH_AFP,
  INDEPENDENT_WITH_STATEMENT,
  REUTERS_DISPATCH,
} from "../support/provenanceTexts.ts";

describe("findWireCredit", () => {
  it("reads the AP dateline and keeps the span that shows it", () => {
    const credit = findWireCredit(DISPATCH);
    expect(credit?.agency).toBe("AP");
    expect(credit?.quote).toBe("(AP) —");
    expect(DISPATCH.slice(credit!.start, credit!.end)).toBe(credit?.quote);
  });

  it('reads Reuters\' dateline "(Reuters) -"', () => {
    expect(findWireCredit(REUTERS_DISPATCH)).toMatchObject({ agency: "Reuters", quote: "(Reuters) -" });
  });

  it("reads Reuters' sign-off when the dateline is gone", () => {
    const text = REUTERS_DISPATCH.replace("(Reuters) - ", "");
    expect(findWireCredit(text)).toMatchObject({
      agency: "Reuters",
      quote: "(Reporting by Ana Petrov; Editing by Tom Wells)",
    });
  });

  it('reads "avec AFP" in French', () => {
    expect(findWireCredit(FRENCH_WITH_AFP)).toMatchObject({ agency: "AFP", quote: "avec AFP" });
  });

  it("reads the other English and French forms", () => {
    expect(findWireCredit("PARIS (AFP) – Le gouvernement a annoncé...")?.agency).toBe("AFP");
    expect(findWireCredit("The storm moved east overnight. — AFP")?.agency).toBe("AFP");
    expect(findWireCredit("Lagos, June 3 /Xinhua/ -- Officials said...")?.agency).toBe("Xinhua");
    expect(findWireCredit("Talks resumed on Monday.\n\n(With inputs from agencies)")?.agency).toBe(
      "agencies",
    );
    expect(findWireCredit("By JOHN SMITH Associated Press\n\nTalks resumed.")?.agency).toBe("AP");
    expect(findWireCredit("Le sommet s'est ouvert lundi (avec l'AFP).")?.agency).toBe("AFP");
  });

  it("takes an agency named in the byline or publisher, without a span", () => {
    expect(findWireCredit("Talks resumed on Monday.", { byline: "Agence France-Presse" })).toEqual({
      agency: "AFP",
      start: 0,
      end: 0,
      quote: "",
    });
    expect(findWireCredit("Talks resumed on Monday.", { publisher: "The Associated Press" })?.agency).toBe(
      "AP",
    );
  });

  it("does not take an agency named in passing for a credit", () => {
    expect(findWireCredit(INDEPENDENT_WITH_STATEMENT)).toBeNull();
    expect(
      findWireCredit(
        "The minister told Reuters on Monday that the talks had failed, and AFP reported the same.",
      ),
    ).toBeNull();
  });
});

describe("outletKey", () => {
  it("folds case, a leading The, punctuation and a site's host to one key", () => {
    expect(outletKey("Arab News")).toBe("arabnews");
    expect(outletKey("The Arab News")).toBe("arabnews");
    expect(outletKey(undefined, "https://www.arabnews.com/node/123")).toBe("arabnews");
    expect(outletKey("www.arabnews.com")).toBe("arabnews");
    expect(outletKey("Le Monde")).toBe(outletKey(undefined, "https://www.lemonde.fr/afrique/article/x.html"));
    expect(outletKey("The Guardian")).toBe(outletKey(undefined, "https://www.theguardian.com/world"));
    expect(outletKey(undefined, "https://www.bbc.co.uk/news/x")).toBe("bbc");
  });

  it("knows no outlet for an unknown publisher", () => {
    expect(outletKey("Unknown publisher")).toBeNull();
    expect(outletKey()).toBeNull();
  });
});
