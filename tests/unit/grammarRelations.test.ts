import { describe, expect, it } from "vitest";
import { grammarRelation, parseOf, tokensWithin } from "../../graph/suggest/grammar.ts";
import type { Occurrence } from "../../graph/suggest/relationGuess.ts";
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
});
