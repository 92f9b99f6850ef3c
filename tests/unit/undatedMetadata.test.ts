import { describe, expect, it } from "vitest";
import { describeOutcome } from "../../graph/articles/batch/describe.ts";
import { buildMetadata } from "../../graph/articles/metadata.ts";
import { articleSlug } from "../../graph/corpus/slug.ts";
import { isSlug } from "../../graph/corpus/slugPattern.ts";
import { metadataSchema } from "../../graph/model/annotation.ts";
import { draftSchema } from "../../graph/model/draft.ts";
import {
  DATE_UNKNOWN_NOTE,
  newestFirst,
  publishedText,
  reviewedPublished,
} from "../../graph/model/publishedDate.ts";
import { HARBOUR_TEXT } from "../support/addFixtures.ts";

const origin = { description: "From a test file", original: "original.txt" };
const TODAY = "2026-12-06";

describe("an article's publication date at add", () => {
  it("is unknown (null) when neither given nor found, never today", () => {
    const built = buildMetadata({ title: "Harbour deal" }, { text: HARBOUR_TEXT }, origin, TODAY);
    expect(built.meta.published).toBeNull();
    expect(JSON.stringify(built.meta.published)).not.toContain(TODAY);
    expect(built.fallbacks.join(" ")).not.toContain("today");
    expect(publishedText(built.meta.published)).toBe("date unknown");
    expect(metadataSchema.parse({ slug: "undated-harbour-deal", ...built.meta }).published).toBeNull();
  });

  it("keeps a given date, and the page's own when none is given", () => {
    const given = buildMetadata(
      { published: "2024-03-05" },
      { text: HARBOUR_TEXT, published: "2024-01-01" },
      origin,
      TODAY,
    );
    expect(given.meta.published).toEqual({ date: "2024-03-05" });
    const found = buildMetadata({}, { text: HARBOUR_TEXT, published: "2024-01-01" }, origin, TODAY);
    expect(found.meta.published).toEqual({ date: "2024-01-01" });
  });
});

describe("the batch table's line for an undated article", () => {
  it("says the date is unknown, after the counts", () => {
    const outcome = {
      label: "ferry.txt",
      kind: "added",
      slug: "undated-ferry",
      dir: "data/articles/undated-ferry",
    } as const;
    const line = describeOutcome({ ...outcome, entities: 2, relations: 1, dateUnknown: true });
    expect(line).toMatch(/^added with 2 entities and 1 relation: .*undated-ferry /);
    expect(line.endsWith(DATE_UNKNOWN_NOTE)).toBe(true);
    expect(describeOutcome({ ...outcome, entities: 2, relations: 1 })).not.toContain("date unknown");
  });
});

describe("an undated article's folder name", () => {
  it("starts with undated instead of a date, and is a valid slug", () => {
    const slug = articleSlug(null, "Ferry line to Lund reopens");
    expect(slug).toBe("undated-ferry-line-to-lund-reopens");
    expect(isSlug(slug)).toBe(true);
    expect(articleSlug("2024-03-05", "Ferry line to Lund reopens")).toBe(
      "2024-03-05-ferry-line-to-lund-reopens",
    );
  });
});

describe("the date under review", () => {
  const meta = { published: null };
  it("is the draft's when the reviewer set or cleared it, else meta.json's", () => {
    expect(reviewedPublished(meta, {})).toBeNull();
    expect(reviewedPublished(meta, { published: { date: "2026-01-15" } })).toEqual({ date: "2026-01-15" });
    expect(reviewedPublished({ published: { date: "2025-06-23" } }, { published: null })).toBeNull();
    expect(draftSchema.shape.published.parse(null)).toBeNull();
  });

  it("sorts newest first and the undated apart after every dated one", () => {
    const list = [
      { slug: "undated-b", published: null },
      { slug: "2025-06-23-a", published: "2025-06-23" },
      { slug: "undated-a", published: null },
      { slug: "2026-01-15-c", published: "2026-01-15" },
    ];
    expect(list.sort(newestFirst).map((a) => a.slug)).toEqual([
      "2026-01-15-c",
      "2025-06-23-a",
      "undated-a",
      "undated-b",
    ]);
  });
});
