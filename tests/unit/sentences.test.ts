import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { splitSentences } from "../../graph/lexical/sentences.ts";
import { goitaDir } from "../support/articleFixture.ts";

const article = readFileSync(join(goitaDir, "article.txt"), "utf8");

describe("splitSentences", () => {
  const sentences = splitSentences(article);

  it("keeps a sentence whole across the article's mid-sentence line breaks", () => {
    const commission = sentences.find((s) => s.text.includes("intergovernmental commission tasked"));
    expect(commission?.text).toBe(
      "The first agreement was the creation of an intergovernmental commission tasked with structuring bilateral cooperation in the economic, scientific, technical, and commercial fields.",
    );
    expect(sentences.some((s) => s.text.startsWith("bilateral cooperation"))).toBe(false);
  });

  it("maps each sentence to its exact span of the article", () => {
    for (const s of sentences) {
      expect(article.slice(s.start, s.end).replace(/\n/g, " ")).toBe(s.text);
    }
  });

  it("numbers sentences in order from zero and covers the whole text", () => {
    expect(sentences.map((s) => s.index)).toEqual(sentences.map((_, i) => i));
    expect(sentences[0]?.text.startsWith("The visit to Russia of Mali’s junta leader Assimi Giota")).toBe(
      true,
    );
    expect(sentences.at(-1)?.text).toBe("MD/ac/Sf/fss/as/APA");
    const covered = sentences.map((s) => article.slice(s.start, s.end)).join("");
    expect(covered.replace(/\s/g, "")).toBe(article.replace(/\s/g, ""));
  });

  it("does not break after a period followed by a lower-case word", () => {
    const nuclear = sentences.find((s) => s.text.includes("peaceful use of nuclear energy. signed with"));
    expect(nuclear?.text).toContain("it aims to support Mali’s energy policy");
  });
});
