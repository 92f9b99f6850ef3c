import { describe, expect, it } from "vitest";
import { alignSentences, sentencesOf } from "../../graph/provenance/sentenceAlignment.ts";
import { ownWords } from "../../graph/provenance/shingles.ts";
import { foldSpelling } from "../../graph/provenance/spelling.ts";
import {
  EDITED_COPY,
  OTHER_REPORT_WITH_CAPTION,
  REPORT_WITH_CAPTION,
  SAME_FACTS_REORDERED,
} from "../support/editedCopyTexts.ts";
import {
  DISPATCH,
  INDEPENDENT_PLAIN,
  INDEPENDENT_WITH_STATEMENT,
  STATEMENT,
} from "../support/provenanceTexts.ts";
import { indexOf } from "../support/reprintIndexOf.ts";

describe("wording that sites change without rewording", () => {
  it("reads British and American spellings as one", () => {
    const british = ownWords(
      "The centre organised shelters in neighbouring towns and analysed forty millimetres of rain.",
    );
    const american = ownWords(
      "The center organized shelters in neighboring towns and analyzed forty millimeters of rain.",
    );
    expect(british).toEqual(american);
    expect(foldSpelling("travelled")).toBe(foldSpelling("traveled"));
    expect(foldSpelling("colours")).toBe(foldSpelling("colors"));
  });

  it("reads a number the same however its digits are grouped", () => {
    const [points, spaces, commas, plain] = ["2.012", "2 012", "2,012", "2012"].map((n) =>
      ownWords(`At least ${n} people died and 6,8 was the magnitude.`),
    );
    expect(points).toEqual(plain);
    expect(spaces).toEqual(plain);
    expect(commas).toEqual(plain);
    expect(plain).toContain("2012");
  });

  it("leaves out a statement quoted between single marks, but not the words around apostrophes", () => {
    const quoted = `Freedonia's ministry spoke late. ${STATEMENT.replace("“", "‘").replace("”", "’")}`;
    const words = ownWords(quoted);
    expect(words).not.toContain("spillway");
    expect(words).toEqual(expect.arrayContaining(["freedonia", "ministry", "spokesman", "valdez"]));
  });

  it("leaves out a photo caption ending with its credit", () => {
    expect(ownWords(REPORT_WITH_CAPTION)).not.toContain("bridge");
    expect(ownWords(REPORT_WITH_CAPTION)).toContain("firemen");
  });

  it("does not take two reports under one agency photo and its caption for copies", () => {
    expect(indexOf({ gazette: REPORT_WITH_CAPTION }).candidates(OTHER_REPORT_WITH_CAPTION)).toEqual([]);
  });
});

describe("edited copies", () => {
  it("finds a dispatch edited sentence by sentence, with a new first sentence and a paragraph added", () => {
    const [match] = indexOf({ dispatch: DISPATCH }).candidates(EDITED_COPY);
    expect(match?.slug).toBe("dispatch");
    expect(match?.shared).toBeGreaterThanOrEqual(50);
    expect(
      indexOf({ edited: EDITED_COPY })
        .candidates(DISPATCH)
        .map((m) => m.slug),
    ).toEqual(["edited"]);
  });

  it("does not take the same facts told in another order for a copy", () => {
    expect(indexOf({ dispatch: DISPATCH }).candidates(SAME_FACTS_REORDERED)).toEqual([]);
  });

  it("does not take independent reports, one quoting the same statement, for copies of the edited dispatch", () => {
    const index = indexOf({ edited: EDITED_COPY });
    expect(index.candidates(INDEPENDENT_WITH_STATEMENT)).toEqual([]);
    expect(index.candidates(INDEPENDENT_PLAIN)).toEqual([]);
  });
});

describe("alignSentences", () => {
  it("matches an edited copy's sentences in the original's order", () => {
    const aligned = alignSentences(sentencesOf(EDITED_COPY), sentencesOf(DISPATCH));
    expect(aligned.sentences).toBeGreaterThanOrEqual(5);
    expect(aligned.shared).toBeGreaterThanOrEqual(50);
  });

  it("matches at most one sentence of the same sentences in reverse order", () => {
    expect(
      alignSentences(sentencesOf(SAME_FACTS_REORDERED), sentencesOf(DISPATCH)).sentences,
    ).toBeLessThanOrEqual(1);
  });

  it("finds nothing to align in an empty text", () => {
    expect(alignSentences(sentencesOf(""), sentencesOf(DISPATCH))).toEqual({ sentences: 0, shared: 0 });
  });
});
