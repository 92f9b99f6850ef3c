import { describe, expect, it } from "vitest";
import type { ReviewSummary } from "../../graph/contract/review.ts";
import { nextWithWork, reviewedDrafts } from "../../app/src/annotate/queue/draftQueue.ts";

const item = (slug: string, state: ReviewSummary["state"], suggested: number): ReviewSummary => ({
  slug,
  title: slug,
  publisher: "",
  published: "2026-01-01",
  state,
  counts: { suggested, accepted: 0, rejected: 0 },
});

describe("the review queue's order", () => {
  const list = [
    item("a", "draft", 3),
    item("b", "published", 0),
    item("c", "draft", 0),
    item("d", "edited", 2),
    item("e", "draft", 1),
  ];

  it("goes on to the next unpublished draft with items left, round to the start", () => {
    expect(nextWithWork(list, "a")?.slug).toBe("d");
    expect(nextWithWork(list, "d")?.slug).toBe("e");
    expect(nextWithWork(list, "e")?.slug).toBe("a");
    expect(nextWithWork(list, "gone")?.slug).toBe("a");
    expect(nextWithWork([item("a", "draft", 3)], "a")).toBeNull();
  });

  it("publishes together only the unpublished drafts with nothing left to review", () => {
    expect(reviewedDrafts(list).map((a) => a.slug)).toEqual(["c"]);
  });
});
