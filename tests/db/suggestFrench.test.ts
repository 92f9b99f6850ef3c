import { beforeAll, describe, expect, inject, it } from "vitest";
import type { Draft, DraftEntity } from "../../graph/model/draft.ts";
import { suggestDraft } from "../../graph/suggest/suggestRun.ts";

/** A French dispatch written for this test: a title, a date, an elided name, a company the NER may call a person. */
const TEXT =
  "Le général Assimi Goïta a rencontré Vladimir Poutine au Kremlin le 23 juin 2025.\n\n" +
  "M. Goïta a signé un accord avec la société russe Yadran, qui dirige la raffinerie de Sénou. " +
  "Selon le ministère de l'Économie, l'État détient 62 % du projet.\n\n" +
  "Mardi, le président ukrainien a accusé l'armée russe d'avoir attaqué Kharkiv, la deuxième ville d'Ukraine.\n";

let draft: Draft;

function entity(name: string): DraftEntity {
  const found = draft.entities.find((e) => e.name === name);
  expect(found, `an entity named ${name}`).toBeDefined();
  return found!;
}

function relation(type: string, from: string, to: string) {
  return draft.relations.find((r) => r.type === type && r.from === entity(from).id && r.to === entity(to).id);
}

beforeAll(async () => {
  draft = await suggestDraft(TEXT, {
    nlpUrl: inject("nlpUrl"),
    language: "fr",
    referenceDate: "2025-06-27",
    additions: [],
  });
});

describe("a French article read by CoreNLP's French pipeline", () => {
  it("is read by CoreNLP, not by the rules alone", () => {
    expect(draft.engines).toContain("corenlp");
    expect(draft.notes.join(" ")).not.toContain("rules alone");
  });

  it("finds the people, the company and the places, with their labels", () => {
    expect(entity("Assimi Goïta").labels).toEqual(["Person"]);
    expect(entity("Vladimir Poutine").labels).toEqual(["Person"]);
    // The sentence says what Yadran is, whatever the NER's class.
    expect(entity("Yadran").labels).toContain("Company");
    expect(entity("Kharkiv").labels).toContain("City");
    expect(entity("Ukraine").labels).toEqual(["Country"]);
    // "russe", a demonym written in lower case, names the country under its English name.
    expect(entity("Russia").labels).toEqual(["Country"]);
  });

  it("takes M. Goïta for the general named in full, without the title", () => {
    const goita = entity("Assimi Goïta");
    const titled = TEXT.indexOf("M. Goïta") + "M. ".length;
    expect(goita.mentions.map((m) => m.start)).toContain(titled);
    expect(draft.entities.some((e) => /^(M\.|général)/.test(e.name))).toBe(false);
  });

  it("keeps elided articles out of names, and takes no capitalised common noun alone for a name", () => {
    for (const e of draft.entities) {
      for (const m of e.mentions) {
        expect(m.text, `a mention of ${e.name}`).not.toMatch(/^[ldLD]['’]/);
        expect(TEXT.slice(m.start, m.end)).toBe(m.text);
      }
    }
    const names = draft.entities.map((e) => e.name);
    expect(names).not.toContain("État");
    expect(names).not.toContain("Économie");
  });

  it("relates them from the French grammar, with verbatim evidence and the date", () => {
    const met = relation("MET_WITH", "Assimi Goïta", "Vladimir Poutine");
    expect(met?.properties.date).toEqual({ date: "2025-06-23" });
    const signed = relation("SIGNED", "Assimi Goïta", "Yadran");
    expect(signed?.trigger).toBe("signé");
    for (const r of [met!, signed!]) {
      for (const span of r.evidenceSpans) expect(TEXT.slice(span.start, span.end)).toBe(span.text);
    }
    // Yadran runs the refinery, not Goïta: the relative clause is Yadran's.
    expect(draft.relations.some((r) => r.type === "LEADS" && r.from === entity("Assimi Goïta").id)).toBe(
      false,
    );
  });
});

describe("a name the French NER takes in with its quotation marks", () => {
  it("is the name without them", async () => {
    const quoted = "Le ministre a annoncé la création du « Corps sahélien de défense » à Niamey mardi.";
    const named = await suggestDraft(quoted, { nlpUrl: inject("nlpUrl"), language: "fr", additions: [] });
    const names = named.entities.map((e) => e.name);
    expect(
      names.some((n) => /[«»]/.test(n)),
      names.join(", "),
    ).toBe(false);
    for (const e of named.entities)
      for (const m of e.mentions) expect(quoted.slice(m.start, m.end)).toBe(m.text);
  });
});
