import { describe, expect, it } from "vitest";
import { idProblems } from "../../graph/review/idLimits.ts";
import { spanProblems } from "../../graph/review/spans.ts";
import { sketchDraft } from "../support/reviewFixture.ts";

const TEXT = "The mayor of Port 🐚 Bay opened the pier.\n";

describe("what a draft may hold", () => {
  it("refuses an id longer than 200 characters, naming the item by the start of its id", () => {
    const draft = sketchDraft(TEXT, [{ id: "a".repeat(20_000), labels: ["Place"], name: "Bay" }], []);
    expect(idProblems(draft)).toEqual([
      {
        item: `entities "${"a".repeat(39)}…"`,
        message: "its id is 20,000 characters long; an id has at most 200.",
      },
    ]);
    const fine = sketchDraft(TEXT, [{ id: "a".repeat(200), labels: ["Place"], name: "Bay" }], []);
    expect(idProblems(fine)).toEqual([]);
  });

  it("refuses a span that cuts a character written as two code units in half", () => {
    const draft = sketchDraft(TEXT, [{ id: "port-bay", labels: ["Place"], name: "Port 🐚 Bay" }], []);
    expect(spanProblems(TEXT, draft)).toEqual([]);
    const shell = TEXT.indexOf("🐚");
    const cut = { start: shell - 5, end: shell + 1, text: TEXT.slice(shell - 5, shell + 1) };
    const halved = { ...draft, entities: draft.entities.map((e) => ({ ...e, mentions: [cut] })) };
    expect(spanProblems(TEXT, halved)).toEqual([
      {
        item: 'entities "port-bay"',
        message: `mention 1 ends at ${shell + 1}, inside a character written as two code units (an emoji or a rare letter).`,
      },
    ]);
  });
});
