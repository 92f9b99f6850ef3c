import { describe, expect, it } from "vitest";
import { formatProperty, readableDate, safeLink } from "../../app/src/explorer/details/formatProperty.ts";
import { segments } from "../../app/src/shell/sentence/segments.ts";
import { readerSegments } from "../../app/src/explorer/reader/readerSegments.ts";

const mention = (start: number, end: number, entityNodeId: string) => ({
  start,
  end,
  entityNodeId,
  entityId: entityNodeId,
  sentence: 0,
});

describe("marking mentions in a sentence", () => {
  it("cuts text at the ranges, merging overlaps and clipping what is outside", () => {
    expect(
      segments("Mali and Russia", [
        { start: 9, end: 15 },
        { start: 0, end: 4 },
      ]),
    ).toEqual([
      { text: "Mali", mark: true },
      { text: " and ", mark: false },
      { text: "Russia", mark: true },
    ]);
    expect(
      segments("abcdef", [
        { start: 1, end: 3 },
        { start: 2, end: 5 },
        { start: 4, end: 99 },
      ]),
    ).toEqual([
      { text: "a", mark: false },
      { text: "bcdef", mark: true },
    ]);
    expect(segments("<b>x</b>", [])).toEqual([{ text: "<b>x</b>", mark: false }]);
  });
});

describe("the reader's mentions", () => {
  const text = "The Russian Ministry of Defense met.";
  const ministry = mention(4, 31, "ministry");
  const russia = mention(4, 11, "russia");

  it("keeps the longest of overlapping mentions, and keeps the text whole", () => {
    const pieces = readerSegments(text, [russia, ministry], null);
    expect(pieces.map((p) => p.text).join("")).toBe(text);
    expect(pieces.filter((p) => p.mention).map((p) => p.mention!.entityNodeId)).toEqual(["ministry"]);
  });

  it("lets the selected node's mention win an overlap", () => {
    const pieces = readerSegments(text, [russia, ministry], "russia");
    expect(pieces.filter((p) => p.mention).map((p) => [p.text, p.mention!.entityNodeId])).toEqual([
      ["Russian", "russia"],
    ]);
    expect(pieces.map((p) => p.text).join("")).toBe(text);
  });
});

describe("property values for reading", () => {
  it("spells out dates and keeps partial ones readable", () => {
    expect(formatProperty({ $type: "date", value: "2025-06-23" })).toBe("23 June 2025");
    expect(readableDate("2025-06")).toBe("June 2025");
    expect(readableDate("2025")).toBeNull();
    expect(formatProperty(["a", 2, true])).toBe("a, 2, true");
    expect(formatProperty({ $type: "integer", value: "9007199254740993" })).toBe("9007199254740993");
  });

  it("links only http and https URLs", () => {
    expect(safeLink("https://example.org/a?b=1")).toBe("https://example.org/a?b=1");
    expect(safeLink("http://example.org")).toBe("http://example.org/");
    expect(safeLink("javascript:alert(1)")).toBeNull();
    expect(safeLink("data:text/html,<script>")).toBeNull();
    expect(safeLink(" https://example.org")).toBeNull();
    expect(safeLink(42)).toBeNull();
  });
});
