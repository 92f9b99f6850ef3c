import { describe, expect, it } from "vitest";
import { paragraphChunks } from "../../graph/nlp/chunks.ts";

const paragraph = (n: number) =>
  `Paragraph ${n} says that the council of Bamako met on Monday. It signed a deal with Moscow.`;

/** The chunks laid end to end give the text back, each within the size. */
function expectCover(text: string, max: number) {
  const chunks = paragraphChunks(text, max);
  let at = 0;
  for (const c of chunks) {
    expect(c.start).toBe(at);
    expect(text.slice(c.start, c.start + c.text.length)).toBe(c.text);
    expect(c.text.length).toBeLessThanOrEqual(max);
    at += c.text.length;
  }
  expect(at).toBe(text.length);
  return chunks;
}

describe("long texts cut for CoreNLP", () => {
  it("keeps a short text whole", () => {
    expect(paragraphChunks("One line.\nTwo.", 100)).toEqual([{ start: 0, text: "One line.\nTwo." }]);
  });

  it("cuts between whole paragraphs, packing as many as fit", () => {
    const text = Array.from({ length: 40 }, (_, i) => paragraph(i)).join("\n\n");
    const chunks = expectCover(text, 1000);
    expect(chunks.length).toBeGreaterThan(3);
    for (const c of chunks) expect(c.text).toMatch(/^Paragraph \d+ says[^]*Moscow\.\s*$/);
  });

  it("reads a line break after a sentence's end as a paragraph's end, one inside a sentence as a wrap", () => {
    const text = Array.from({ length: 30 }, (_, i) => `${paragraph(i)}\n`).join("");
    for (const c of expectCover(text, 500)) expect(c.text).toMatch(/^Paragraph[^]*Moscow\.\n$/);
    const wrapped = Array.from({ length: 30 }, (_, i) => paragraph(i).replace(" met ", "\nmet ")).join("\n");
    for (const c of expectCover(wrapped, 500)) expect(c.text).toMatch(/^Paragraph[^]*Moscow\.\n?$/);
  });

  it("cuts a paragraph longer than a chunk between its sentences", () => {
    const text = Array.from({ length: 40 }, (_, i) => paragraph(i)).join(" ");
    for (const c of expectCover(text, 400)) expect(c.text).toMatch(/^(Paragraph|It signed)[^]*\.\s*$/);
  });
});
