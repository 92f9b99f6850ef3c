import { readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, inject, it } from "vitest";
import type { Draft } from "../../graph/model/draft.ts";
import { suggestDraft } from "../../graph/suggest/suggestRun.ts";

/**
 * Relations read from the sentence's grammar (CoreNLP's dependency parse)
 * and pronouns resolved by its coreference, on a text written for this test.
 */
const text = readFileSync(
  join(import.meta.dirname, "..", "fixtures", "texts", "harbour-charter.txt"),
  "utf8",
);

let draft: Draft;

beforeAll(async () => {
  draft = await suggestDraft(text, { nlpUrl: inject("nlpUrl") });
}, 180_000);

function idOf(name: string): string {
  const entity = draft.entities.find((e) => e.name === name);
  expect(entity, `an entity named ${name}`).toBeDefined();
  return entity!.id;
}

function between(a: string, b: string) {
  const [x, y] = [idOf(a), idOf(b)];
  return draft.relations.filter((r) => (r.from === x && r.to === y) || (r.from === y && r.to === x));
}

describe("relations from the grammar", () => {
  it("reads a passive sentence the right way round: the founder founded the company", () => {
    const founded = between("Astrid Holm", "Nordvik Cargo");
    expect(founded.map((r) => [r.from, r.type, r.to])).toContainEqual([
      idOf("Astrid Holm"),
      "FOUNDED",
      idOf("Nordvik Cargo"),
    ]);
  });

  it("maps the noun of a copula and of an apposition onto the vocabulary, the noun kept as the trigger", () => {
    const chair = between("Astrid Holm", "Vestra Capital");
    expect(chair.map((r) => [r.type, r.properties.trigger])).toContainEqual(["LEADS", "chairwoman of"]);
    const city = between("Klaipeda", "Lithuania");
    expect(city.map((r) => [r.from, r.type])).toContainEqual([idOf("Klaipeda"), "LOCATED_IN"]);
  });

  it("keeps the preposition that joins the object to the other party in the trigger", () => {
    const signed = between("Nordvik Cargo", "Baltic Ferries");
    expect(signed.map((r) => [r.from, r.type, r.to])).toContainEqual([
      idOf("Nordvik Cargo"),
      "SIGNED",
      idOf("Baltic Ferries"),
    ]);
    expect(signed.find((r) => r.type === "SIGNED")?.properties.trigger).toMatch(/ with$/);
  });

  it("suggests nothing from a negated sentence", () => {
    expect(between("Vestra Capital", "Baltic Ferries")).toEqual([]);
  });

  it("cuts every evidence quote from the text at its offsets", () => {
    expect(draft.relations.length).toBeGreaterThan(0);
    for (const r of draft.relations) {
      for (const s of r.evidenceSpans) expect(text.slice(s.start, s.end)).toBe(s.text);
    }
  });
});

describe("titles and pronouns", () => {
  it("keeps a title out of the name and a surname alone as a mention of the full name", () => {
    expect(draft.entities.map((e) => e.name)).not.toContain("Minister Jonas Petraitis");
    expect(draft.entities.filter((e) => /Holm/.test(e.name)).map((e) => e.name)).toEqual(["Astrid Holm"]);
    expect(draft.entities.find((e) => e.name === "Astrid Holm")!.mentions.map((m) => m.text)).toContain(
      "Holm",
    );
  });

  it("relates the person a pronoun subject stands for, with the pronoun's sentence as evidence", () => {
    const praised = between("Jonas Petraitis", "Nordvik Cargo").find((r) => r.type === "SUPPORTS");
    expect(praised?.from).toBe(idOf("Jonas Petraitis"));
    expect(praised?.evidence[0]).toMatch(/^He praised Nordvik Cargo/);
    expect(draft.entities.some((e) => /^he$/i.test(e.name))).toBe(false);
  });
});

describe("a text longer than CoreNLP reads", () => {
  it("follows the names CoreNLP found in the head through the rest, and says where it stopped", async () => {
    const cut = text.indexOf("Minister");
    const long = await suggestDraft(text, { nlpUrl: inject("nlpUrl"), nlpReadsChars: cut + 1 });
    expect(long.notes.join(" ")).toContain(`CoreNLP read the first ${cut} characters of ${text.length}`);
    for (const name of ["Nordvik Cargo", "Klaipeda"]) {
      const entity = long.entities.find((e) => e.name === name);
      expect(entity, `an entity named ${name}`).toBeDefined();
      const inTail = entity!.mentions.filter((m) => m.start >= cut);
      expect(inTail.map((m) => text.slice(m.start, m.end))).toEqual([name]);
    }
    expect(long.entities.find((e) => e.name === "Nordvik Cargo")!.labels).toContain("Organization");
  });
});

describe("titles, participles and lists, as CoreNLP parses them", () => {
  const baltic = readFileSync(
    join(import.meta.dirname, "..", "fixtures", "texts", "baltic-ports.txt"),
    "utf8",
  );
  let ports: Draft;

  beforeAll(async () => {
    ports = await suggestDraft(baltic, { nlpUrl: inject("nlpUrl") });
  }, 180_000);

  function said(a: string, b: string): [string, string, string][] {
    const id = (name: string) => {
      const entity = ports.entities.find((e) => e.name === name);
      expect(entity, `an entity named ${name}`).toBeDefined();
      return entity!.id;
    };
    const name = (i: string) => ports.entities.find((e) => e.id === i)!.name;
    const [x, y] = [id(a), id(b)];
    return ports.relations
      .filter((r) => (r.from === x && r.to === y) || (r.from === y && r.to === x))
      .map((r) => [name(r.from), r.type, name(r.to)]);
  }

  it("reads a demonym on a title, and a passive's object, as whose leader the person is", () => {
    expect(said("Alar Karis", "Estonia")).toContainEqual(["Alar Karis", "LEADS", "Estonia"]);
    expect(said("Gitanas Nauseda", "Lithuania")).toContainEqual(["Gitanas Nauseda", "LEADS", "Lithuania"]);
  });

  it("reads 'X-based Y' as Y based in X and 'the agreement signed by X and Y' as both its signatories", () => {
    expect(said("Nordic Shipping Institute", "Tallinn")).toContainEqual([
      "Nordic Shipping Institute",
      "BASED_IN",
      "Tallinn",
    ]);
    for (const country of ["Latvia", "Lithuania"])
      expect(said(country, "agreement")).toContainEqual([country, "SIGNED", "agreement"]);
  });

  it("relates the agreement to every port of the list, each with evidence cut from the text", () => {
    for (const port of ["Riga", "Liepaja", "Klaipeda"]) expect(said("agreement", port)).not.toEqual([]);
    for (const r of ports.relations)
      for (const s of r.evidenceSpans) expect(baltic.slice(s.start, s.end)).toBe(s.text);
  });
});
