import { describe, expect, it } from "vitest";
import type { Draft } from "../../graph/model/draft.ts";
import { mergeSuggestions, withoutRejected } from "../../graph/review/merge.ts";
import { LAKE_TEXT, lakeDraft, sketchDraft } from "../support/reviewFixture.ts";

/** What a second run of the engine might say about the same text: the same finds, one new, other ids. */
function secondRun(): Draft {
  return sketchDraft(
    LAKE_TEXT,
    [
      { id: "republic-of-talvia", labels: ["Country"], name: "Republic of Talvia" },
      { id: "lake-mora-1", labels: ["Place"], name: "Lake Mora" },
      { id: "kestrel", labels: ["Organization"], name: "Kestrel Works" },
      { id: "mali", labels: ["Country"], name: "Mali" },
    ],
    [
      {
        id: "talvia-on-lake",
        type: "OPENED",
        from: "republic-of-talvia",
        to: "lake-mora-1",
        quote: "opened a water plant on Lake Mora",
      },
      {
        id: "kestrel-in-mali",
        type: "LOCATED_IN",
        from: "kestrel",
        to: "mali",
        quote: "a company based in Mali",
      },
      {
        id: "talvia-kestrel",
        type: "SIGNED_WITH",
        from: "kestrel",
        to: "republic-of-talvia",
        quote: "an agreement signed with Talvia",
      },
    ],
  );
}

function reviewedLake(): Draft {
  const draft = lakeDraft();
  const status = (id: string) =>
    id === "lake-mora" || id === "kestrel-works-based-in-mali" ? "rejected" : "accepted";
  return {
    ...draft,
    entities: draft.entities.map((e) => ({ ...e, status: status(e.id) })),
    relations: draft.relations.map((r) => ({ ...r, status: status(r.id) })),
  };
}

describe("suggesting again over a reviewed draft", () => {
  it("keeps every reviewed item as it was and adds only what is new, on the draft's own entities", () => {
    const current = reviewedLake();
    const merged = mergeSuggestions(current, secondRun());
    expect(merged.entities).toEqual(current.entities);
    expect(merged.relations.slice(0, current.relations.length)).toEqual(current.relations);
    expect(
      merged.relations.slice(current.relations.length).map((r) => [r.id, r.from, r.to, r.status]),
    ).toEqual([["talvia-kestrel", "kestrel-works", "talvia", "suggested"]]);
  });

  it("leaves out of a fresh run what the reviewer rejected (npm run suggest beside a draft)", () => {
    const fresh = withoutRejected(reviewedLake(), secondRun());
    expect(fresh.entities.map((e) => e.id)).toEqual(["republic-of-talvia", "kestrel", "mali"]);
    expect(fresh.relations.map((r) => r.id)).toEqual(["talvia-kestrel"]);
  });
});
