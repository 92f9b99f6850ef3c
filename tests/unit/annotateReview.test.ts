import { describe, expect, it } from "vitest";
import type { Draft, Span } from "../../graph/model/draft.ts";
import { decodeAnnotateUrl, encodeAnnotateUrl } from "../../app/src/shell/annotateUrl.ts";
import { compareDrafts } from "../../app/src/annotate/state/conflictDiff.ts";
import { placeProblems, problemItem } from "../../app/src/annotate/state/problems.ts";
import { initialReview, reviewReducer } from "../../app/src/annotate/state/reviewReducer.ts";
import { NO_FILTER, statusCounts, stepItem, visibleItems } from "../../app/src/annotate/state/reviewItems.ts";
import { selectionSpan } from "../../app/src/annotate/text/selectionSpan.ts";
import { mentionMarks, textSegments } from "../../app/src/annotate/text/textSegments.ts";

const TEXT = "Russian Ministry of Defense met Mali.";
const at = (text: string): Span => ({
  start: TEXT.indexOf(text),
  end: TEXT.indexOf(text) + text.length,
  text,
});
const fields = {
  aliases: [],
  demonyms: [],
  properties: {},
  existing: false,
  candidates: [],
  engine: "rules",
  score: 0.5,
};

const DRAFT: Draft = {
  textHash: "0".repeat(64),
  engines: ["rules"],
  notes: [],
  entities: [
    {
      id: "ministry",
      labels: ["StateBody"],
      name: "Russian Ministry of Defense",
      mentions: [at("Russian Ministry of Defense")],
      status: "suggested",
      ...fields,
    },
    {
      id: "russia",
      labels: ["Country"],
      name: "Russia",
      mentions: [at("Russian")],
      status: "accepted",
      ...fields,
    },
    { id: "mali", labels: ["Country"], name: "Mali", mentions: [at("Mali")], status: "rejected", ...fields },
  ],
  relations: [
    {
      id: "ministry-met-mali",
      type: "MET",
      from: "ministry",
      to: "mali",
      properties: {},
      evidence: [TEXT.slice(0, -1)],
      evidenceSpans: [at(TEXT.slice(0, -1))],
      status: "suggested",
      engine: "rules",
      score: 0.5,
    },
  ],
};

describe("the review reducer", () => {
  it("accepts, rejects, undoes and redoes, and a new edit clears the redo stack", () => {
    let state = initialReview(DRAFT);
    state = reviewReducer(state, {
      type: "status",
      item: { kind: "entity", id: "ministry" },
      status: "accepted",
    });
    state = reviewReducer(state, {
      type: "status",
      item: { kind: "relation", id: "ministry-met-mali" },
      status: "rejected",
    });
    expect(statusCounts(state.draft)).toEqual({ suggested: 0, accepted: 2, rejected: 2 });
    state = reviewReducer(state, { type: "undo" });
    state = reviewReducer(state, { type: "undo" });
    expect(state.draft).toBe(DRAFT);
    expect(reviewReducer(state, { type: "undo" })).toBe(state);
    state = reviewReducer(state, { type: "redo" });
    expect(state.draft.entities[0]!.status).toBe("accepted");
    state = reviewReducer(state, { type: "swap", id: "ministry-met-mali" });
    expect(state.future).toEqual([]);
    expect(state.draft.relations[0]).toMatchObject({ from: "mali", to: "ministry" });
  });

  it("selects what an edit makes (a link, a new relation) without putting selection in the history", () => {
    let state = reviewReducer(initialReview(DRAFT), {
      type: "link",
      id: "mali",
      graph: { id: "mali-country", name: "Mali", labels: ["Country"] },
    });
    expect(state.selected).toEqual({ kind: "entity", id: "mali-country" });
    state = reviewReducer(state, {
      type: "addRelation",
      relationType: "MET",
      from: "russia",
      to: "mali-country",
      span: at("met"),
    });
    expect(state.selected).toEqual({ kind: "relation", id: "russia-met-mali-country" });
    state = reviewReducer(state, { type: "select", item: null });
    expect(state.past).toHaveLength(2);
    state = reviewReducer(state, { type: "replace", draft: DRAFT });
    expect([state.past.length, state.future.length]).toEqual([0, 0]);
  });
});

describe("review lists", () => {
  it("filters by status and label, and steps through what is shown, wrapping around", () => {
    expect(visibleItems(DRAFT, NO_FILTER)).toHaveLength(4);
    expect(visibleItems(DRAFT, { status: "rejected", label: null })).toEqual([
      { kind: "entity", id: "mali" },
    ]);
    expect(visibleItems(DRAFT, { status: "all", label: "Country" }).map((i) => i.id)).toEqual([
      "russia",
      "mali",
      "ministry-met-mali",
    ]);
    const items = visibleItems(DRAFT, NO_FILTER);
    expect(stepItem(items, null, 1)).toEqual({ kind: "entity", id: "ministry" });
    expect(stepItem(items, null, -1)).toEqual({ kind: "relation", id: "ministry-met-mali" });
    expect(stepItem(items, { kind: "relation", id: "ministry-met-mali" }, 1)).toEqual({
      kind: "entity",
      id: "ministry",
    });
    expect(stepItem([], null, 1)).toBeNull();
  });
});

describe("the annotated text", () => {
  it("cuts the text at every mention and evidence boundary and draws the innermost mention", () => {
    const segments = textSegments(TEXT, mentionMarks(DRAFT), [], null);
    const drawn = segments.map((s) => [TEXT.slice(s.start, s.end), s.mention?.entityId ?? null, s.depth]);
    expect(drawn).toEqual([
      ["Russian", "russia", 2],
      [" Ministry of Defense", "ministry", 1],
      [" met ", null, 0],
      ["Mali", "mali", 1],
      [".", null, 0],
    ]);
    expect(segments.map((s) => TEXT.slice(s.start, s.end)).join("")).toBe(TEXT);
  });

  it("draws the selected entity's mention over the others and marks the evidence", () => {
    const evidence = [at("Defense met Mali")];
    const segments = textSegments(TEXT, mentionMarks(DRAFT), evidence, "ministry");
    expect(segments[0]!.mention?.entityId).toBe("ministry");
    const marked = segments
      .filter((s) => s.evidence)
      .map((s) => TEXT.slice(s.start, s.end))
      .join("");
    expect(marked).toBe("Defense met Mali");
  });

  it("ignores spans outside the text", () => {
    const bad = [{ start: 30, end: 99, entityId: "x", label: "City", status: "accepted" as const }];
    expect(textSegments(TEXT, bad, [], null)).toEqual([
      { start: 0, end: TEXT.length, mention: null, depth: 0, evidence: false },
    ]);
  });

  it("turns a selection into a span of the text, in either direction, trimmed of white space", () => {
    const start = TEXT.indexOf(" met ");
    expect(selectionSpan(TEXT, start + 5, start)).toEqual({ start: start + 1, end: start + 4, text: "met" });
    expect(selectionSpan(TEXT, start, start + 1)).toBeNull();
    expect(selectionSpan("a😀b", 1, 3)).toEqual({ start: 1, end: 3, text: "😀" });
  });
});

describe("conflicts, problems and the address", () => {
  it("compares two versions of a draft: counts and the items that differ", () => {
    const theirs = reviewReducer(initialReview(DRAFT), {
      type: "status",
      item: { kind: "entity", id: "mali" },
      status: "accepted",
    }).draft;
    const mine = reviewReducer(initialReview(DRAFT), {
      type: "merge",
      from: "russia",
      into: "ministry",
    }).draft;
    const comparison = compareDrafts(mine, theirs);
    // The merge of an accepted entity is accepted.
    expect(comparison.mine).toEqual({ suggested: 1, accepted: 1, rejected: 1 });
    expect(comparison.theirs).toEqual({ suggested: 2, accepted: 2, rejected: 0 });
    expect(comparison.differences).toEqual([
      {
        kind: "entity",
        id: "ministry",
        name: "Russian Ministry of Defense",
        mine: "accepted",
        theirs: "suggested",
      },
      { kind: "entity", id: "mali", name: "Mali", mine: "rejected", theirs: "accepted" },
      { kind: "entity", id: "russia", name: "Russia", mine: null, theirs: "accepted" },
    ]);
  });

  it("places publish problems at the item they name", () => {
    expect(problemItem('relations "mali-signed-x"')).toEqual({ kind: "relation", id: "mali-signed-x" });
    expect(problemItem('entities[2] "mali"')).toEqual({ kind: "entity", id: "mali" });
    const placed = placeProblems([
      { item: 'entities "mali"', message: "needs at least one label." },
      { item: 'entities "mali"', message: "has an empty alias." },
      { item: "annotation.json", message: "is not readable." },
    ]);
    expect(placed.byItem.get("entity mali")).toEqual(["needs at least one label.", "has an empty alias."]);
    expect(placed.general).toEqual(["annotation.json: is not readable."]);
  });

  it("keeps the article and the selected item in the address", () => {
    const view = { slug: "2024-03-05-port-elsa", item: { kind: "relation" as const, id: "a-signed-b" } };
    expect(decodeAnnotateUrl(encodeAnnotateUrl(view))).toEqual(view);
    expect(decodeAnnotateUrl("?annotate=x")).toEqual({ slug: "x", item: null });
    expect(decodeAnnotateUrl("?focus=4:a:1")).toBeNull();
  });
});
