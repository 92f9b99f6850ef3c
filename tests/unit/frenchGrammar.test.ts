import { describe, expect, it } from "vitest";
import type { EntityLabel } from "../../graph/model/annotation.ts";
import { frenchLemma } from "../../graph/suggest/french.ts";
import { frenchSubjectPronouns } from "../../graph/suggest/frenchCoref.ts";
import type { SuggestedMention } from "../../graph/suggest/mentions.ts";
import { type Occurrence, type RelationGuess, suggestRelations } from "../../graph/suggest/relations.ts";
import type { AnalysedText, Sentence } from "../../graph/suggest/text.ts";

/**
 * The French readings (graph/suggest/frenchGrammar.ts) on French sentences
 * written for this test, parsed by hand the way CoreNLP's French pipeline
 * parses them once french.ts has put the prepositions on the arcs. Each row
 * is "word POS head label", heads counted from 1 (0 the root), as CoreNLP counts.
 */

interface Named {
  text: string;
  entity: string;
  labels: EntityLabel[];
  kind?: SuggestedMention["kind"];
}

function analysed(rows: string[], language: string): AnalysedText {
  const tokens: Sentence["tokens"] = [];
  const arcs: Sentence["arcs"] = [];
  let text = "";
  rows.forEach((row, i) => {
    const [word, pos, head, label] = row.split(" ") as [string, string, string, string];
    if (text) text += " ";
    tokens.push({
      text: word,
      // As french.ts gives them: a verb's vocabulary trigger, and "not" for "pas".
      lemma: word === "pas" ? "not" : pos === "VB" ? frenchLemma(word) : word.toLowerCase(),
      pos,
      ner: "O",
      start: text.length,
      end: text.length + word.length,
    });
    text += word;
    arcs.push({ label, head: Number(head) - 1, dependent: i });
  });
  const sentence = { index: 0, start: 0, end: text.length, tokens, arcs };
  return {
    text,
    sentences: [sentence],
    ner: [],
    values: [],
    corefs: [],
    ...(language === "fr" ? { language } : {}),
  };
}

function occurrence(text: string, named: Named): Occurrence {
  const start = text.indexOf(named.text);
  return {
    entity: named.entity,
    labels: named.labels,
    mention: {
      sentence: 0,
      start,
      end: start + named.text.length,
      text: named.text,
      labels: named.labels,
      kind: named.kind ?? "named",
      engine: "corenlp",
      score: 0.9,
    },
  };
}

function relations(rows: string[], named: Named[], language = "fr"): RelationGuess[] {
  const a = analysed(rows, language);
  return suggestRelations(
    a,
    named.map((n) => occurrence(a.text, n)),
    [],
  );
}

function between(found: RelationGuess[], x: string, y: string): RelationGuess | undefined {
  return found.find((r) => (r.from === x && r.to === y) || (r.from === y && r.to === x));
}

const NIGER: Named = { text: "Niger", entity: "niger", labels: ["Country"] };
const TCHAD: Named = { text: "Tchad", entity: "tchad", labels: ["Country"] };
const ORVANE: Named = { text: "Orvane", entity: "orvane", labels: ["Company"] };
const DVORSKY: Named = { text: "Karel Dvorsky", entity: "karel-dvorsky", labels: ["Person"] };

describe("French relations read from the parse", () => {
  // "Les négociations entre le Niger et le Tchad ont repris ."
  const NEGOTIATIONS = [
    "Les DT 2 det",
    "négociations NN 10 nsubj",
    "entre IN 5 case",
    "le DT 5 det",
    "Niger NNP 2 nmod:entre",
    "et CC 8 cc",
    "le DT 8 det",
    "Tchad NNP 2 nmod:entre",
    "ont MD 10 aux",
    "repris VB 0 root",
    ". . 10 punct",
  ];

  it("relates the two entities a noun is between, with the noun as the trigger and the phrase as evidence", () => {
    const found = between(relations(NEGOTIATIONS, [NIGER, TCHAD]), "niger", "tchad");
    expect(found).toMatchObject({ source: "grammar", trigger: "négociations entre" });
    expect(found!.evidence.text).toBe("négociations entre le Niger et le Tchad");
  });

  it("leaves English text to the shared rules", () => {
    const found = between(relations(NEGOTIATIONS, [NIGER, TCHAD], "en"), "niger", "tchad");
    expect(found?.source).not.toBe("grammar");
  });

  it("reads who did what from a participle with its agent, and where from one with a preposition", () => {
    // "Le fonds Astéria , créé par Orvane , investit ."
    const created = relations(
      [
        "Le DT 2 det",
        "fonds NN 8 nsubj",
        "Astéria NNP 2 appos",
        ", . 5 punct",
        "créé VB 3 acl",
        "par IN 7 case",
        "Orvane NNP 5 obl:agent",
        "investit VB 0 root",
        ". . 8 punct",
      ],
      [{ text: "Astéria", entity: "asteria", labels: ["Organization"] }, ORVANE],
    );
    expect(between(created, "orvane", "asteria")).toMatchObject({
      from: "orvane",
      to: "asteria",
      type: "FOUNDED",
      source: "grammar",
    });
    // "Karel Dvorsky , arrivé à Niamey , a parlé ."
    const arrived = relations(
      [
        "Karel NNP 9 nsubj",
        "Dvorsky NNP 1 flat:name",
        ", . 4 punct",
        "arrivé VB 1 acl",
        "à IN 6 case",
        "Niamey NNP 4 obl:à",
        ", . 4 punct",
        "a MD 9 aux",
        "parlé VB 0 root",
      ],
      [DVORSKY, { text: "Niamey", entity: "niamey", labels: ["City"] }],
    );
    expect(between(arrived, "karel-dvorsky", "niamey")).toMatchObject({
      from: "karel-dvorsky",
      to: "niamey",
      trigger: "arrivé à",
      source: "grammar",
    });
  });

  it("reads a relative clause: its subject pronoun is the noun it qualifies, and 'dont' leaves the clause its own subject", () => {
    // "Karel Dvorsky , qui dirige Orvane , a parlé ."
    const leads = relations(
      [
        "Karel NNP 9 nsubj",
        "Dvorsky NNP 1 flat:name",
        ", . 5 punct",
        "qui PRP 5 nsubj",
        "dirige VB 1 acl:relcl",
        "Orvane NNP 5 obj",
        ", . 5 punct",
        "a MD 9 aux",
        "parlé VB 0 root",
      ],
      [DVORSKY, ORVANE],
    );
    expect(between(leads, "karel-dvorsky", "orvane")).toMatchObject({
      from: "karel-dvorsky",
      to: "orvane",
      type: "LEADS",
    });
    // "La mine Tessa , dont Orvane détient 40 % , ferme ."
    const holds = relations(
      [
        "La DT 2 det",
        "mine NN 11 nsubj",
        "Tessa NNP 2 appos",
        ", . 7 punct",
        "dont PRP 7 nmod",
        "Orvane NNP 7 nsubj",
        "détient VB 2 acl:relcl",
        "40 CD 9 nummod",
        "% SYM 7 obj",
        ", . 7 punct",
        "ferme VB 0 root",
      ],
      [{ text: "Tessa", entity: "tessa", labels: ["Facility"] }, ORVANE],
    );
    expect(between(holds, "orvane", "tessa")).toMatchObject({
      from: "orvane",
      to: "tessa",
      source: "grammar",
    });
  });

  it("takes a demonym on the noun beside a name for where a company is based", () => {
    // "La société belge « Orvane » investit ."
    const found = relations(
      [
        "La DT 2 det",
        "société NN 7 nsubj",
        "belge JJ 2 amod",
        "« . 5 punct",
        "Orvane NNP 2 appos",
        "» . 5 punct",
        "investit VB 0 root",
      ],
      [{ text: "belge", entity: "belgium", labels: ["Country"], kind: "demonym" }, ORVANE],
    );
    expect(between(found, "orvane", "belgium")).toMatchObject({
      from: "orvane",
      to: "belgium",
      type: "BASED_IN",
      source: "grammar",
    });
  });

  it("says who takes part in an event and where it takes place", () => {
    // "La visite de Karel Dvorsky au Tchad commence ."
    const rows = [
      "La DT 2 det",
      "visite NN 9 nsubj",
      "de IN 4 case",
      "Karel NNP 2 nmod:de",
      "Dvorsky NNP 4 flat:name",
      "au IN 8 case",
      "au DT 8 det",
      "Tchad NNP 2 nmod:à",
      "commence VB 0 root",
    ];
    const visit: Named = { text: "La visite", entity: "visite", labels: ["Event"], kind: "nominal" };
    const found = relations(rows, [visit, DVORSKY, TCHAD]);
    expect(between(found, "visite", "karel-dvorsky")).toMatchObject({
      from: "karel-dvorsky",
      to: "visite",
      type: "PARTICIPATED_IN",
    });
    expect(between(found, "visite", "tchad")).toMatchObject({
      from: "visite",
      to: "tchad",
      type: "TOOK_PLACE_IN",
    });
  });

  it("follows a verb through two nouns to the entity, and not through a negation", () => {
    // "Orvane revendique le contrôle de la ville de Niamey ."
    const rows = (negation: boolean) => [
      "Orvane NNP 3 nsubj",
      negation ? "ne RB 3 advmod" : "donc RB 3 advmod",
      "revendique VB 0 root",
      "le DT 5 det",
      "contrôle NN 3 obj",
      "de IN 8 case",
      "la DT 8 det",
      "ville NN 5 nmod:de",
      "de IN 10 case",
      "Niamey NNP 8 nmod:de",
      negation ? "pas RB 3 advmod" : ". . 3 punct",
    ];
    const niamey: Named = { text: "Niamey", entity: "niamey", labels: ["City"] };
    expect(between(relations(rows(false), [ORVANE, niamey]), "orvane", "niamey")).toMatchObject({
      from: "orvane",
      to: "niamey",
      source: "grammar",
    });
    expect(between(relations(rows(true), [ORVANE, niamey]), "orvane", "niamey")?.source).not.toBe("grammar");
  });
});

describe("French subject pronouns", () => {
  /** Two sentences, the second one's offsets after the first's. */
  function twoSentences(first: string[], second: string[]): AnalysedText {
    const a = analysed(first, "fr");
    const b = analysed(second, "fr");
    const shift = a.text.length + 1;
    const moved = {
      ...b.sentences[0]!,
      index: 1,
      start: shift,
      end: shift + b.text.length,
      tokens: b.sentences[0]!.tokens.map((t) => ({ ...t, start: t.start + shift, end: t.end + shift })),
    };
    return { ...a, text: `${a.text} ${b.text}`, sentences: [a.sentences[0]!, moved] };
  }
  // "Orvane dresse un bilan . Il revendique Niamey ."
  const FIRST = ["Orvane NNP 2 nsubj", "dresse VB 0 root", "un DT 4 det", "bilan NN 2 obj", ". . 2 punct"];

  it("takes 'il' for the entity that was the subject of the sentence before", () => {
    const text = twoSentences(FIRST, [
      "Il PRP 2 nsubj",
      "revendique VB 0 root",
      "Niamey NNP 2 obj",
      ". . 2 punct",
    ]);
    const found = frenchSubjectPronouns(text, [occurrence(text.text, ORVANE)]);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ entity: "orvane", mention: { sentence: 1, text: "Il" } });
  });

  it("leaves an impersonal 'il y a' alone", () => {
    const text = twoSentences(FIRST, [
      "Il PRP 3 nsubj",
      "y PRP 3 expl",
      "a VB 0 root",
      "un DT 5 det",
      "bilan NN 3 obj",
    ]);
    expect(frenchSubjectPronouns(text, [occurrence(text.text, ORVANE)])).toEqual([]);
  });
});
