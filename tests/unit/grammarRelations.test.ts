import { describe, expect, it } from "vitest";
import { conjunctRelations } from "../../graph/suggest/conjuncts.ts";
import { grammarRelation, parseOf, tokensWithin } from "../../graph/suggest/grammar.ts";
import type { Occurrence, RelationGuess } from "../../graph/suggest/relationGuess.ts";
import type { Sentence } from "../../graph/suggest/text.ts";

/**
 * The grammar's readings on parses written by hand in the form CoreNLP gives
 * (enhanced++ Universal Dependencies): fast checks of each pattern beside the
 * test that runs the real parser (tests/db/suggestGrammar.test.ts).
 */

/** A sentence from "word/POS" items and arcs "label head dependent" (1-based, 0 the root, as CoreNLP numbers them). */
function sentence(words: string, arcs: string): { text: string; sentence: Sentence } {
  const items = words.split(" ").map((w) => w.split("/") as [string, string]);
  const tokens: Sentence["tokens"] = [];
  let text = "";
  for (const [word, pos] of items) {
    if (text) text += " ";
    tokens.push({
      text: word,
      lemma: word.toLowerCase(),
      pos,
      ner: "O",
      start: text.length,
      end: text.length + word.length,
    });
    text += word;
  }
  const parsed = arcs.split(",").map((a) => {
    const [label, head, dependent] = a.trim().split(" ");
    return { label: label!, head: Number(head) - 1, dependent: Number(dependent) - 1 };
  });
  return { text, sentence: { index: 0, start: 0, end: text.length, tokens, arcs: parsed } };
}

function occurrence(text: string, name: string, entity: string): Occurrence {
  const start = text.indexOf(name);
  return {
    entity,
    labels: ["Organization"],
    mention: {
      sentence: 0,
      start,
      end: start + name.length,
      text: name,
      labels: ["Organization"],
      kind: "named",
      engine: "corenlp",
      score: 0.9,
    },
  };
}

function read(words: string, arcs: string, a: [string, string], b: [string, string], types: string[] = []) {
  const { text, sentence: s } = sentence(words, arcs);
  const x = occurrence(text, ...a);
  const y = occurrence(text, ...b);
  const parse = parseOf(s)!;
  return { text, guess: grammarRelation(text, parse, x, y, types, tokensWithin(s, [x.mention, y.mention])) };
}

describe("relations read from a dependency parse", () => {
  it("turns a passive with an agent round", () => {
    const { guess } = read(
      "Kestrel/NNP was/VBD founded/VBN by/IN Orvan/NNP",
      "nsubj:pass 3 1, aux:pass 3 2, root 0 3, case 5 4, obl:agent 3 5",
      ["Kestrel", "kestrel"],
      ["Orvan", "orvan"],
    );
    expect(guess).toMatchObject({ from: "orvan", to: "kestrel", type: "FOUNDED", source: "grammar" });
    expect(guess!.evidence.text).toBe("Kestrel was founded by Orvan");
  });

  it("maps the verb onto the vocabulary and keeps its words as the trigger", () => {
    const { guess } = read(
      "Kestrel/NNP signs/VBZ with/IN Orvan/NNP",
      "nsubj 2 1, root 0 2, case 4 3, obl:with 2 4",
      ["Kestrel", "kestrel"],
      ["Orvan", "orvan"],
      ["SIGNED_WITH"],
    );
    expect(guess).toMatchObject({ from: "kestrel", to: "orvan", type: "SIGNED", trigger: "signs with" });
  });

  it("takes a type a reviewer added when the vocabulary has none for the verb", () => {
    const { guess } = read(
      "Kestrel/NNP lobbies/VBZ Orvan/NNP",
      "nsubj 2 1, root 0 2, obj 2 3",
      ["Kestrel", "kestrel"],
      ["Orvan", "orvan"],
      ["LOBBIES"],
    );
    expect(guess).toMatchObject({ from: "kestrel", to: "orvan", type: "LOBBIES" });
  });

  it("gives RELATED_TO, never a type of its own, for a verb the vocabulary lacks, and keeps the verb", () => {
    const { guess } = read(
      "Kestrel/NNP zorbles/VBZ Orvan/NNP",
      "nsubj 2 1, root 0 2, obj 2 3",
      ["Kestrel", "kestrel"],
      ["Orvan", "orvan"],
    );
    expect(guess).toMatchObject({ from: "kestrel", to: "orvan", type: "RELATED_TO", trigger: "zorbles" });
  });

  it("names the relation by the noun of a copula", () => {
    const { guess } = read(
      "Kestrel/NNP is/VBZ the/DT owner/NN of/IN Orvan/NNP",
      "nsubj 4 1, cop 4 2, det 4 3, root 0 4, case 6 5, nmod:of 4 6",
      ["Kestrel", "kestrel"],
      ["Orvan", "orvan"],
    );
    expect(guess).toMatchObject({ from: "kestrel", to: "orvan", type: "OWNS", trigger: "owner of" });
  });

  it("reads nothing from a negated verb", () => {
    const { guess } = read(
      "Kestrel/NNP did/VBD not/RB buy/VB Orvan/NNP",
      "nsubj 4 1, aux 4 2, advmod 4 3, root 0 4, obj 4 5",
      ["Kestrel", "kestrel"],
      ["Orvan", "orvan"],
    );
    expect(guess).toBeUndefined();
  });

  it("reads nothing when no predicate joins the two", () => {
    const { guess } = read(
      "Kestrel/NNP grew/VBD and/CC Orvan/NNP shrank/VBD",
      "nsubj 2 1, root 0 2, cc 5 3, nsubj 5 4, conj:and 2 5",
      ["Kestrel", "kestrel"],
      ["Orvan", "orvan"],
    );
    expect(guess).toBeUndefined();
  });

  it("reads a demonym on a person's title as the country whose title it is", () => {
    const { guess } = read(
      "Veltrian/JJ President/NNP Ana/NNP Sova/NNP visited/VBD Orvan/NNP",
      "amod 2 1, compound 4 2, compound 4 3, nsubj 5 4, root 0 5, obj 5 6",
      ["Veltrian", "veltria"],
      ["Ana Sova", "ana-sova"],
    );
    expect(guess).toMatchObject({ from: "ana-sova", to: "veltria", type: "LEADS", trigger: "President of" });
    expect(guess!.evidence.text).toBe("Veltrian President Ana Sova");
  });

  it("relates a name to the one its own 'of' names, typed by the title before it", () => {
    const { guess } = read(
      "President/NNP Ana/NNP Sova/NNP of/IN Veltria/NNP met/VBD Orvan/NNP",
      "compound 3 1, compound 3 2, nsubj 6 3, case 5 4, nmod:of 3 5, root 0 6, obj 6 7",
      ["Ana Sova", "ana-sova"],
      ["Veltria", "veltria"],
    );
    expect(guess).toMatchObject({ from: "ana-sova", to: "veltria", type: "LEADS", trigger: "President of" });
    expect(guess!.evidence.text).toBe("President Ana Sova of Veltria");
  });

  it("reads 'X-based Y' as Y based in X, and another participle as X its agent", () => {
    const based = read(
      "The/DT Lisbon/NNP -/HYPH based/VBN firm/NN Kestrel/NNP hired/VBD staff/NNS",
      "det 5 1, obl 4 2, punct 4 3, amod 5 4, nsubj 7 5, dep 5 6, root 0 7, obj 7 8",
      ["Lisbon", "lisbon"],
      ["Kestrel", "kestrel"],
    ).guess;
    expect(based).toMatchObject({ from: "kestrel", to: "lisbon", type: "BASED_IN", trigger: "based in" });
    const owned = read(
      "the/DT Orvan/NNP -/HYPH owned/VBN company/NN Kestrel/NNP",
      "det 5 1, obl 4 2, punct 4 3, amod 5 4, root 0 5, dep 5 6",
      ["Orvan", "orvan"],
      ["Kestrel", "kestrel"],
    ).guess;
    expect(owned).toMatchObject({ from: "orvan", to: "kestrel", type: "OWNS" });
  });
});

describe("noun phrases and participles", () => {
  it("reads a participle after a noun as a passive: the agreement signed by X is what X signed", () => {
    const { guess } = read(
      "the/DT agreement/NN signed/VBN by/IN Kestrel/NNP covers/VBZ ports/NNS",
      "det 2 1, nsubj 6 2, acl 2 3, case 5 4, obl:agent 3 5, root 0 6, obj 6 7",
      ["agreement", "pact"],
      ["Kestrel", "kestrel"],
    );
    expect(guess).toMatchObject({ from: "kestrel", to: "pact", type: "SIGNED" });
    expect(guess!.evidence.text).toBe("agreement signed by Kestrel");
  });

  it("turns a participle the parser took for a main verb round when no auxiliary goes with it", () => {
    const { guess } = read(
      "The/DT agreement/NN signed/VBN by/IN Kestrel/NNP covers/VBZ ports/NNS",
      "det 2 1, nsubj 3 2, root 0 3, case 5 4, obl:by 3 5, dep 3 6, obj 6 7",
      ["agreement", "pact"],
      ["Kestrel", "kestrel"],
    );
    expect(guess).toMatchObject({ from: "kestrel", to: "pact", type: "SIGNED" });
  });

  it("reads what a person was made as the noun of the relation: X was elected president of Y", () => {
    const { guess } = read(
      "Ana/NNP Sova/NNP was/VBD elected/VBN president/NN of/IN Veltria/NNP",
      "compound 2 1, nsubj:pass 4 2, aux:pass 4 3, root 0 4, obj 4 5, case 7 6, nmod:of 5 7",
      ["Ana Sova", "ana-sova"],
      ["Veltria", "veltria"],
    );
    expect(guess).toMatchObject({ from: "ana-sova", to: "veltria", type: "LEADS", trigger: "president of" });
  });

  it("relates a name to another through a noun it owns, but not through a possessive pronoun", () => {
    const owned = read(
      "Kestrel/NNP 's/POS long/JJ stake/NN in/IN Orvan/NNP rose/VBD",
      "nmod:poss 4 1, case 1 2, amod 4 3, nsubj 7 4, case 6 5, nmod:in 4 6, root 0 7",
      ["Kestrel", "kestrel"],
      ["Orvan", "orvan"],
    ).guess;
    expect(owned).toMatchObject({ from: "kestrel", to: "orvan", trigger: "stake in" });
    const pronoun = read(
      "its/PRP$ long/JJ stake/NN in/IN Orvan/NNP rose/VBD",
      "nmod:poss 3 1, amod 3 2, nsubj 6 3, case 5 4, nmod:in 3 5, root 0 6",
      ["its", "kestrel"],
      ["Orvan", "orvan"],
    ).guess;
    expect(pronoun).toBeUndefined();
  });

  it("gives the subject of a verb to the open clause of its open clause, unless the verb has an object", () => {
    // "Kestrel will continue to work with partners to press Orvan", as CoreNLP parses it: no xsubj arc to "press".
    const pressed = read(
      "Kestrel/NNP will/MD continue/VB to/TO work/VB with/IN partners/NNS to/TO press/VB Orvan/NNP",
      "nsubj 3 1, nsubj:xsubj 5 1, aux 3 2, root 0 3, mark 5 4, xcomp 3 5, case 7 6, obl:with 5 7, mark 9 8, xcomp 5 9, obj 9 10",
      ["Kestrel", "kestrel"],
      ["Orvan", "orvan"],
    ).guess;
    expect(pressed).toMatchObject({ from: "kestrel", to: "orvan", trigger: "press" });
    // "Kestrel urged partners to press Orvan": the partners press, not Kestrel.
    const urged = read(
      "Kestrel/NNP urged/VBD partners/NNS to/TO press/VB Orvan/NNP",
      "nsubj 2 1, root 0 2, obj 2 3, nsubj:xsubj 5 3, mark 5 4, xcomp 2 5, obj 5 6",
      ["Kestrel", "kestrel"],
      ["Orvan", "orvan"],
    ).guess;
    expect(urged).toBeUndefined();
  });

  it("reads a demonym on the kind of organisation a name is as the country it is based in", () => {
    const { text, sentence: s } = sentence(
      "Kestrel/NNP ,/, the/DT Veltrian/JJ company/NN ,/, grew/VBD",
      "nsubj 7 1, punct 1 2, det 5 3, amod 5 4, appos 1 5, punct 1 6, root 0 7",
    );
    const company = occurrence(text, "Kestrel", "kestrel");
    const named = occurrence(text, "Veltrian", "veltria");
    const demonym: Occurrence = {
      ...named,
      labels: ["Country"],
      mention: { ...named.mention, kind: "demonym", labels: ["Country"] },
    };
    const parse = parseOf(s)!;
    const guess = grammarRelation(
      text,
      parse,
      company,
      demonym,
      [],
      tokensWithin(s, [company.mention, demonym.mention]),
    );
    expect(guess).toMatchObject({ from: "kestrel", to: "veltria", type: "BASED_IN" });
    expect(guess!.evidence.text).toBe("Kestrel , the Veltrian company");
  });

  it("relates a name qualifying a verb's object to where the verb takes it", () => {
    const { text, sentence: s } = sentence(
      "the/DT route/NN will/MD supply/VB Veltrian/JJ gas/NN to/IN Orvan/NNP",
      "det 2 1, nsubj 4 2, aux 4 3, root 0 4, amod 6 5, obj 4 6, case 8 7, obl:to 4 8",
    );
    const named = occurrence(text, "Veltrian", "veltria");
    const demonym: Occurrence = {
      ...named,
      labels: ["Country"],
      mention: { ...named.mention, kind: "demonym", labels: ["Country"] },
    };
    const orvan = occurrence(text, "Orvan", "orvan");
    const parse = parseOf(s)!;
    const guess = grammarRelation(
      text,
      parse,
      demonym,
      orvan,
      [],
      tokensWithin(s, [demonym.mention, orvan.mention]),
    );
    expect(guess).toMatchObject({ from: "veltria", to: "orvan", trigger: "supply to" });
    expect(guess!.evidence.text).toBe("supply Veltrian gas to Orvan");
  });
});

describe("the parties an agreement or an event names", () => {
  it("makes each party named by 'between' a signatory of the agreement", () => {
    const { text, sentence: s } = sentence(
      "the/DT treaty/NN between/IN Kestrel/NNP and/CC Orvan/NNP took/VBD effect/NN",
      "det 2 1, nsubj 7 2, case 4 3, nmod:between 2 4, cc 6 5, conj:and 4 6, nmod:between 2 6, root 0 7, obj 7 8",
    );
    const named = occurrence(text, "treaty", "treaty");
    const treaty: Occurrence = {
      ...named,
      labels: ["Agreement"],
      mention: { ...named.mention, kind: "nominal", labels: ["Agreement"] },
    };
    const parse = parseOf(s)!;
    for (const party of ["Kestrel", "Orvan"]) {
      const other = occurrence(text, party, party.toLowerCase());
      const taken = tokensWithin(s, [treaty.mention, other.mention]);
      expect(grammarRelation(text, parse, treaty, other, [], taken)).toMatchObject({
        from: party.toLowerCase(),
        to: "treaty",
        type: "SIGNED",
        trigger: "treaty between",
      });
    }
  });
});

describe("names joined by a hyphen before an agreement", () => {
  it("makes each a signatory", () => {
    const { text, sentence: s } = sentence(
      "the/DT Kestrel/NNP -/HYPH Orvan/NNP accord/NN lapsed/VBD",
      "det 5 1, compound 4 2, punct 4 3, compound 5 4, nsubj 6 5, root 0 6",
    );
    const named = occurrence(text, "accord", "accord");
    const accord: Occurrence = {
      ...named,
      labels: ["Agreement"],
      mention: { ...named.mention, kind: "nominal", labels: ["Agreement"] },
    };
    const parse = parseOf(s)!;
    const parties = ["Kestrel", "Orvan"].map((p) => occurrence(text, p, p.toLowerCase()));
    const taken = tokensWithin(s, [accord.mention, ...parties.map((p) => p.mention)]);
    for (const other of parties) {
      const party = other.mention.text;
      expect(grammarRelation(text, parse, accord, other, [], taken)).toMatchObject({
        from: party.toLowerCase(),
        to: "accord",
        type: "SIGNED",
      });
    }
  });
});

describe("coordinated names", () => {
  // "Under the pact, the sites are Alpha Base, Beta Base and Gamma Base", parsed as CoreNLP does:
  // the first member heads the list, the others hang on it as appositions and on each other by conj.
  const { text, sentence: s } = sentence(
    "Under/IN the/DT pact/NN ,/, the/DT sites/NNS are/VBP Alpha/NNP Base/NNP ,/, Beta/NNP Base/NNP and/CC Gamma/NNP Base/NNP",
    "case 3 1, det 3 2, obl:under 9 3, punct 9 4, det 6 5, nsubj 9 6, cop 9 7, compound 9 8, root 0 9, punct 9 10, compound 12 11, appos 9 12, cc 15 13, compound 15 14, appos 9 15, conj:and 12 15",
  );
  const parse = parseOf(s)!;
  const pact = { ...occurrence(text, "pact", "pact"), labels: ["Agreement" as const] };
  const [alpha, beta, gamma] = ["Alpha Base", "Beta Base", "Gamma Base"].map((n) =>
    occurrence(text, n, n.split(" ")[0]!.toLowerCase()),
  );
  const here = [pact, alpha!, beta!, gamma!];
  const said = (from: string, to: string): RelationGuess => {
    const start = text.indexOf("pact");
    const end = text.indexOf("Alpha Base") + "Alpha Base".length;
    return {
      from,
      to,
      type: "COVERS",
      trigger: "are",
      evidence: { start, end, text: text.slice(start, end) },
      score: 0.6,
      source: "grammar",
    };
  };

  it("gives what is said of the list's first member to each of the others, evidence stretched to it", () => {
    const copies = conjunctRelations(text, parse, here, [said("pact", "alpha")]);
    expect(copies.map((g) => [g.from, g.type, g.to])).toEqual([
      ["pact", "COVERS", "beta"],
      ["pact", "COVERS", "gamma"],
    ]);
    for (const g of copies) expect(text.slice(g.evidence.start, g.evidence.end)).toBe(g.evidence.text);
    expect(copies[1]!.evidence.text).toMatch(/^pact .* Gamma Base$/);
    expect(copies[0]!.score).toBeLessThan(0.6);
  });

  it("does not spread a relation between two members of one list to the others", () => {
    expect(conjunctRelations(text, parse, here, [said("alpha", "beta")])).toEqual([]);
  });

  it("multiplies a guess from proximity alone only when fairly strong and not from a neighbour of the members' kind", () => {
    const byWindow = (g: RelationGuess, score: number): RelationGuess => ({ ...g, source: "window", score });
    expect(conjunctRelations(text, parse, here, [byWindow(said("pact", "alpha"), 0.4)])).toHaveLength(2);
    expect(conjunctRelations(text, parse, here, [byWindow(said("pact", "alpha"), 0.2)])).toEqual([]);
    const sites = occurrence(text, "sites", "sites");
    const near = conjunctRelations(text, parse, [...here, sites], [byWindow(said("sites", "alpha"), 0.4)]);
    expect(near).toEqual([]);
  });

  it("leaves a pair the sentence already relates as it is", () => {
    const copies = conjunctRelations(text, parse, here, [said("pact", "alpha"), said("pact", "beta")]);
    expect(copies.map((g) => g.to)).toEqual(["gamma"]);
  });
});
