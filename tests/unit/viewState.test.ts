import { describe, expect, it } from "vitest";
import type { GraphJson, GraphNode, GraphRelationship } from "../../graph/model/graphJson.ts";
import {
  HISTORY_LIMIT,
  initialHistory,
  viewReducer,
  type ViewAction,
  type ViewHistory,
} from "../../app/src/explorer/state/viewState.ts";

const node = (id: string, labels = ["Entity", "Person"]): GraphNode => ({
  id,
  labels,
  properties: { name: id },
});
const rel = (id: string, start: string, end: string, type = "MET_WITH"): GraphRelationship => ({
  id,
  type,
  start,
  end,
  properties: {},
});
const graph = (nodes: string[], rels: [string, string, string][]): GraphJson => ({
  nodes: nodes.map((n) => node(n)),
  relationships: rels.map(([id, s, e]) => rel(id, s, e)),
});
const run = (...actions: ViewAction[]): ViewHistory => actions.reduce(viewReducer, initialHistory);
const ids = (h: ViewHistory) => ({
  nodes: Object.keys(h.present.nodes).sort(),
  rels: Object.keys(h.present.relationships).sort(),
});

const start = graph(
  ["a", "b", "c"],
  [
    ["ab", "a", "b"],
    ["bc", "b", "c"],
  ],
);

describe("view reducer", () => {
  it("replaces and adds, keeping a relationship only when both ends are in the view", () => {
    const h = run(
      { type: "replace", graph: start },
      {
        type: "add",
        graph: { nodes: [node("d")], relationships: [rel("cd", "c", "d"), rel("dx", "d", "x")] },
      },
    );
    expect(ids(h)).toEqual({ nodes: ["a", "b", "c", "d"], rels: ["ab", "bc", "cd"] });
    const replaced = viewReducer(h, { type: "replace", graph: graph(["z"], []) });
    expect(ids(replaced)).toEqual({ nodes: ["z"], rels: [] });
  });

  it("expands a node and records it as expanded; collapse removes only the leaves it brought", () => {
    const expanded = run(
      { type: "replace", graph: start },
      {
        type: "expand",
        ids: ["c"],
        graph: graph(
          ["c", "d", "e", "a"],
          [
            ["cd", "c", "d"],
            ["ce", "c", "e"],
            ["ca", "c", "a"],
          ],
        ),
      },
    );
    expect(expanded.present.expanded).toEqual(["c"]);
    expect(ids(expanded).nodes).toEqual(["a", "b", "c", "d", "e"]);
    const collapsed = viewReducer(expanded, { type: "collapse", id: "c" });
    // a is linked to b too, so it stays; d and e hang on c alone.
    expect(ids(collapsed)).toEqual({ nodes: ["a", "b", "c"], rels: ["ab", "bc", "ca"] });
    expect(collapsed.present.expanded).toEqual([]);
  });

  it("keeps pinned neighbours when collapsing", () => {
    const h = run(
      { type: "replace", graph: start },
      {
        type: "expand",
        ids: ["c"],
        graph: graph(
          ["c", "d", "e"],
          [
            ["cd", "c", "d"],
            ["ce", "c", "e"],
          ],
        ),
      },
      { type: "pin", id: "d", pinned: true },
      { type: "collapse", id: "c" },
    );
    expect(ids(h).nodes).toEqual(["a", "b", "c", "d"]);
    expect(h.present.pinned).toEqual(["d"]);
  });

  it("hides nodes with their relationships, and forgets them as expanded or pinned", () => {
    const h = run(
      { type: "replace", graph: start },
      { type: "expand", ids: ["b"], graph: graph([], []) },
      { type: "pin", id: "b", pinned: true },
      { type: "hide", ids: ["b"] },
    );
    expect(ids(h)).toEqual({ nodes: ["a", "c"], rels: [] });
    expect(h.present.expanded).toEqual([]);
    expect(h.present.pinned).toEqual([]);
  });

  it("undoes and redoes view changes, and a new change clears the redo list", () => {
    const h = run(
      { type: "replace", graph: start },
      { type: "hide", ids: ["a"] },
      { type: "hide", ids: ["b"] },
      { type: "undo" },
    );
    expect(ids(h).nodes).toEqual(["b", "c"]);
    const twice = viewReducer(h, { type: "undo" });
    expect(ids(twice).nodes).toEqual(["a", "b", "c"]);
    const redone = viewReducer(twice, { type: "redo" });
    expect(ids(redone).nodes).toEqual(["b", "c"]);
    const branched = viewReducer(redone, { type: "hide", ids: ["c"] });
    expect(branched.future).toEqual([]);
    expect(viewReducer(branched, { type: "redo" })).toBe(branched);
    expect(viewReducer(initialHistory, { type: "undo" })).toBe(initialHistory);
  });

  it("records no history step for a change that changes nothing, and caps the history", () => {
    const h = run({ type: "replace", graph: start });
    expect(viewReducer(h, { type: "add", graph: start }).past).toHaveLength(h.past.length);
    expect(viewReducer(h, { type: "pin", id: "nope", pinned: true })).toBe(h);
    let long = h;
    for (let i = 0; i < HISTORY_LIMIT + 20; i++) {
      long = viewReducer(long, { type: "add", graph: graph([`n${i}`], []) });
    }
    expect(long.past).toHaveLength(HISTORY_LIMIT);
  });
});
