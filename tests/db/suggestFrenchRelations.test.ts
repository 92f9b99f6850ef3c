import { beforeAll, describe, expect, inject, it } from "vitest";
import type { Draft, DraftEntity } from "../../graph/model/draft.ts";
import { suggestDraft } from "../../graph/suggest/suggestRun.ts";

/**
 * A French dispatch written for this test, read by the real French CoreNLP:
 * relations French states in noun phrases, participles and pronouns, and
 * names the French NER takes with their quotation marks.
 */
const TEXT =
  "Les négociations entre le Niger et le Tchad ont repris lundi à Niamey. " +
  "La société russe « Rosatom » a annoncé un investissement. " +
  "Le Conseil de sécurité a voté une résolution présentée par la France.\n";

let draft: Draft;

function entity(name: string): DraftEntity {
  const found = draft.entities.find((e) => e.name === name);
  expect(
    found,
    `an entity named ${name}; found ${draft.entities.map((e) => e.name).join(", ")}`,
  ).toBeDefined();
  return found!;
}

function related(x: string, y: string) {
  const [a, b] = [entity(x).id, entity(y).id];
  return draft.relations.filter((r) => (r.from === a && r.to === b) || (r.from === b && r.to === a));
}

beforeAll(async () => {
  draft = await suggestDraft(TEXT, { nlpUrl: inject("nlpUrl"), language: "fr", additions: [] });
});

describe("French relations and names read by CoreNLP's French pipeline", () => {
  it("is read by CoreNLP", () => {
    expect(draft.engines).toContain("corenlp");
  });

  it("keeps quotation marks out of names", () => {
    expect(entity("Rosatom").mentions.map((m) => m.text)).toEqual(["Rosatom"]);
    expect(draft.entities.some((e) => /[«»]/.test(e.name))).toBe(false);
  });

  it("relates the two countries negotiations are between, with the words that say so", () => {
    const found = related("Niger", "Tchad");
    expect(found.length).toBeGreaterThan(0);
    expect(found[0]!.evidence[0]).toContain("négociations entre le Niger et le Tchad");
  });

  it("reads where a company is based from the demonym before its name", () => {
    const based = related("Rosatom", "Russia");
    expect(based.map((r) => [r.type, r.from])).toContainEqual(["BASED_IN", entity("Rosatom").id]);
  });

  it("keeps every piece of evidence verbatim", () => {
    for (const r of draft.relations) {
      for (const span of r.evidenceSpans) expect(TEXT.slice(span.start, span.end)).toBe(span.text);
    }
  });
});
