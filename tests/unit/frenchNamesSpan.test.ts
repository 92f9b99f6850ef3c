import { describe, expect, it } from "vitest";
import { fromFrenchCoreNlp } from "../../graph/suggest/french.ts";
import type { NlpDocument } from "../../graph/nlp/document.ts";

/**
 * What french.ts makes of a French CoreNLP answer, on answers written by hand
 * in its form (Universal POS tags, PER/ORG/LOC, basic dependencies).
 */

/** One sentence: "word/POS/NER" items, arcs "label head dependent" (1-based, 0 the root) and mentions "first last" (tokens, 1-based). */
function answer(items: string, arcs: string, mentions: string[]): { text: string; doc: NlpDocument } {
  let text = "";
  const tokens = items.split(" ").map((item, i) => {
    const [word, pos, ner] = item.split("/") as [string, string, string];
    if (text) text += " ";
    const begin = text.length;
    text += word;
    return {
      index: i + 1,
      word,
      originalText: word,
      pos,
      ner,
      characterOffsetBegin: begin,
      characterOffsetEnd: text.length,
    };
  });
  const dependencies = arcs.split(",").map((a) => {
    const [dep, governor, dependent] = a.trim().split(" ");
    return { dep: dep!, governor: Number(governor), dependent: Number(dependent) };
  });
  const entitymentions = mentions.map((m) => {
    const [first, last] = m.split(" ").map(Number) as [number, number];
    const from = tokens[first - 1]!;
    const to = tokens[last - 1]!;
    return {
      tokenBegin: first - 1,
      tokenEnd: last,
      text: text.slice(from.characterOffsetBegin, to.characterOffsetEnd),
      characterOffsetBegin: from.characterOffsetBegin,
      characterOffsetEnd: to.characterOffsetEnd,
      ner: to.ner,
    };
  });
  const sentence = {
    index: 0,
    tokens,
    entitymentions,
    basicDependencies: dependencies,
    enhancedPlusPlusDependencies: [],
  };
  return { text, doc: { sentences: [sentence], corefs: {} } };
}

describe("French names and arcs as the rules read them", () => {
  it("leaves quotation marks out of a name, and a title before a body the text also names alone", () => {
    const { text, doc } = answer(
      "«/PUNCT/ORG Norvale/PROPN/ORG »/PUNCT/O écrit/VERB/O au/ADP/O Président/NOUN/ORG du/ADP/ORG Conseil/PROPN/ORG national/ADJ/ORG ;/PUNCT/O le/DET/O Conseil/PROPN/ORG national/ADJ/ORG répond/VERB/O",
      "punct 2 1, nsubj 4 2, punct 2 3, root 0 4, case 6 5, obl 4 6, case 8 7, nmod 6 8, amod 8 9, punct 4 10, det 12 11, nsubj 14 12, amod 12 13, conj 4 14",
      ["1 2", "6 9", "12 13"],
    );
    const names = fromFrenchCoreNlp(text, doc).ner.map((m) => m.text);
    expect(names).toEqual(["Norvale", "Conseil national", "Conseil national"]);
  });

  it("keeps a title before a body named nowhere else in the text", () => {
    const { text, doc } = answer(
      "le/DET/O Ministre/NOUN/ORG de/ADP/ORG la/DET/ORG Défense/PROPN/ORG parle/VERB/O",
      "det 2 1, nsubj 6 2, case 5 3, det 5 4, nmod 2 5, root 0 6",
      ["2 5"],
    );
    expect(fromFrenchCoreNlp(text, doc).ner.map((m) => m.text)).toEqual(["Ministre de la Défense"]);
  });

  it("takes a MISC name headed by an institution's noun for an organisation, and leaves other MISC names alone", () => {
    const { text, doc } = answer(
      "le/DET/O Gouvernement/NOUN/MISC de/ADP/MISC transition/NOUN/MISC salue/VERB/O la/DET/O Coupe/PROPN/MISC Norvale/PROPN/MISC",
      "det 2 1, nsubj 5 2, case 4 3, nmod 2 4, root 0 5, det 7 6, obj 5 7, flat:name 7 8",
      ["2 4", "7 8"],
    );
    const classes = fromFrenchCoreNlp(text, doc).ner.map((m) => [m.text, m.ner]);
    expect(classes).toEqual([
      ["Gouvernement de transition", "ORGANIZATION"],
      ["Coupe Norvale", "MISC"],
    ]);
  });

  it("puts the preposition on French argument and modifier arcs, an elided one written in full", () => {
    const { text, doc } = answer(
      "Norvale/PROPN/ORG discute/VERB/O avec/ADP/O Tessa/PROPN/LOC d'/ADP/O Ulvane/PROPN/LOC",
      "nsubj 2 1, root 0 2, case 4 3, obl:mod 2 4, case 6 5, nmod 4 6",
      ["1 1", "4 4", "6 6"],
    );
    const arcs = fromFrenchCoreNlp(text, doc).sentences[0]!.arcs.map((a) => a.label);
    expect(arcs).toContain("obl:avec");
    expect(arcs).toContain("nmod:de");
    expect(arcs).not.toContain("obl:mod");
  });
});

describe("French names the NER cuts short", () => {
  it("takes a place's lower-case generic noun into its name", () => {
    const { text, doc } = answer(
      "le/DET/O pic/NOUN/O de/ADP/O Fon/PROPN/LOC domine/VERB/O",
      "det 2 1, nsubj 5 2, case 4 3, nmod 2 4, root 0 5",
      ["4 4"],
    );
    expect(fromFrenchCoreNlp(text, doc).ner.map((m) => m.text)).toEqual(["pic de Fon"]);
  });

  it("carries a body's name on to the place before its acronym in brackets, and not otherwise", () => {
    const { text, doc } = answer(
      "la/DET/O Mission/NOUN/ORG des/ADP/ORG Nations/PROPN/ORG unies/ADJ/ORG à/ADP/O le/DET/O Mali/PROPN/LOC (/PUNCT/O MINUSMA/PROPN/ORG )/PUNCT/O part/VERB/O",
      "det 2 1, nsubj 12 2, case 4 3, nmod 2 4, amod 4 5, case 8 6, det 8 7, nmod 2 8, punct 10 9, appos 2 10, punct 10 11, root 0 12",
      ["2 5", "8 8", "10 10"],
    );
    expect(fromFrenchCoreNlp(text, doc).ner.map((m) => m.text)).toEqual([
      "Mission des Nations unies à le Mali",
      "MINUSMA",
    ]);
    const plain = answer(
      "la/DET/O Mission/NOUN/ORG des/ADP/ORG Nations/PROPN/ORG unies/ADJ/ORG à/ADP/O le/DET/O Mali/PROPN/LOC part/VERB/O",
      "det 2 1, nsubj 9 2, case 4 3, nmod 2 4, amod 4 5, case 8 6, det 8 7, nmod 2 8, root 0 9",
      ["2 5", "8 8"],
    );
    expect(fromFrenchCoreNlp(plain.text, plain.doc).ner.map((m) => m.text)).toEqual([
      "Mission des Nations unies",
      "Mali",
    ]);
  });
});
