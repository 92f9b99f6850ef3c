import { describe, expect, it } from "vitest";
import type { GraphNode, GraphRelationship, JsonValue } from "../../graph/model/graphJson.ts";
import type { QueryResult } from "../../graph/contract/workbench.ts";
import { classifyCell, nodeCaption } from "../../app/src/workbench/cells.ts";
import { completionTarget, namespacesOf, openBracket } from "../../app/src/workbench/completionTarget.ts";
import { errorRange } from "../../app/src/workbench/errorRange.ts";
import {
  HISTORY_KEY,
  addToHistory,
  historyStep,
  loadHistory,
  saveHistory,
} from "../../app/src/workbench/history.ts";
import { parseParams } from "../../app/src/workbench/params.ts";
import { rowCountText, truncationNotice } from "../../app/src/workbench/resultSummary.ts";
import { missingForNode, missingForRelationship } from "../../app/src/workbench/reveal.ts";

const goita: GraphNode = { id: "4:x:1", labels: ["Entity", "Person"], properties: { name: "Assimi Goïta" } };
const putin: GraphNode = {
  id: "4:x:2",
  labels: ["Entity", "Person"],
  properties: { name: "Vladimir Putin" },
};
const met: GraphRelationship = {
  id: "5:x:9",
  type: "MET_WITH",
  start: goita.id,
  end: putin.id,
  properties: {},
};

describe("parameters editor", () => {
  it("accepts an object or nothing", () => {
    expect(parseParams("")).toEqual({ ok: true, params: {} });
    expect(parseParams(' {"id": "mali", "n": 3} ')).toEqual({ ok: true, params: { id: "mali", n: 3 } });
  });

  it("says in one sentence what is wrong, and where", () => {
    const bad = parseParams('{"id": "mali",\n "n": }');
    expect(bad.ok).toBe(false);
    expect(!bad.ok && bad.message).toMatch(/^The parameters are not valid JSON at line 2, column \d+: .*\.$/);
    expect(parseParams("[1, 2]")).toEqual({
      ok: false,
      message: 'The parameters must be a JSON object such as {"id": "mali"}, not a list.',
    });
    expect(!parseParams("42").ok && (parseParams("42") as { message: string }).message).toMatch(
      /not a number\.$/,
    );
  });
});

describe("history", () => {
  it("keeps the newest last, without duplicates or blanks, within its limit", () => {
    let h = addToHistory([], "RETURN 1");
    h = addToHistory(h, "RETURN 2");
    h = addToHistory(h, " RETURN 1 ");
    h = addToHistory(h, "   ");
    expect(h).toEqual(["RETURN 2", "RETURN 1"]);
    expect(addToHistory(["a", "b", "c"], "d", 3)).toEqual(["b", "c", "d"]);
  });

  it("steps up to older entries and down back to the draft", () => {
    const h = ["first", "second"];
    expect(historyStep(h, 2, "up")).toBe(1);
    expect(historyStep(h, 1, "up")).toBe(0);
    expect(historyStep(h, 0, "up")).toBeUndefined();
    expect(historyStep(h, 1, "down")).toBe(2);
    expect(historyStep(h, 2, "down")).toBeUndefined();
  });

  it("survives a reload through storage, ignoring garbage", () => {
    const data = new Map<string, string>();
    const storage = {
      getItem: (k: string) => data.get(k) ?? null,
      setItem: (k: string, v: string) => void data.set(k, v),
    };
    saveHistory(["MATCH (n) RETURN n"], storage);
    expect(loadHistory(storage)).toEqual(["MATCH (n) RETURN n"]);
    data.set(HISTORY_KEY, "{not json");
    expect(loadHistory(storage)).toEqual([]);
    data.set(HISTORY_KEY, '["ok", 3, null]');
    expect(loadHistory(storage)).toEqual(["ok"]);
  });
});

describe("table cells", () => {
  it("recognises nodes, relationships and paths as the server writes them", () => {
    expect(classifyCell(goita as unknown as JsonValue)).toEqual({ kind: "node", node: goita });
    expect(classifyCell(met as unknown as JsonValue)).toEqual({ kind: "relationship", relationship: met });
    const path = { start: goita, end: putin, segments: [{ start: goita, relationship: met, end: putin }] };
    expect(classifyCell(path as unknown as JsonValue)).toEqual({
      kind: "path",
      nodes: [goita, putin],
      relationships: [met],
    });
    // A map that merely has an id is a map.
    expect(classifyCell({ id: "x", labels: ["A"] }).kind).toBe("map");
  });

  it("keeps big integers, temporals and whole floats exact", () => {
    expect(classifyCell({ $type: "integer", value: "9007199254740993" })).toEqual({
      kind: "scalar",
      type: "integer",
      text: "9007199254740993",
    });
    expect(
      classifyCell({ $type: "datetime", value: "2025-06-23T10:15:30.123456789+03:00[Europe/Moscow]" }),
    ).toEqual({
      kind: "scalar",
      type: "datetime",
      text: "2025-06-23T10:15:30.123456789+03:00[Europe/Moscow]",
    });
    expect(classifyCell({ $type: "float", value: 200 })).toMatchObject({ type: "float", text: "200.0" });
    expect(classifyCell([1, "a"])).toEqual({ kind: "list", items: [1, "a"] });
    expect(classifyCell({ $type: "map", value: { $type: "x" } })).toEqual({
      kind: "map",
      entries: [["$type", "x"]],
    });
    expect(classifyCell(null)).toEqual({ kind: "null" });
    expect(classifyCell(2.5)).toEqual({ kind: "scalar", type: "float", text: "2.5" });
  });

  it("captions a node by name, else a readable property, else its label", () => {
    expect(nodeCaption(goita)).toBe("Assimi Goïta");
    expect(nodeCaption({ id: "s", labels: ["Sentence"], properties: { text: "x".repeat(60) } })).toHaveLength(
      40,
    );
    expect(nodeCaption({ id: "n", labels: ["Thing"], properties: {} })).toBe("Thing");
  });
});

describe("completion target", () => {
  const ns = namespacesOf(["date.truncate", "db.labels", "toUpper"]);
  it("offers labels in node patterns and types in relationship patterns", () => {
    expect(completionTarget("MATCH (n:Pe", ns)).toEqual({ kind: "label", from: 9, prefix: "Pe" });
    expect(completionTarget("MATCH (n)-[r:SIG", ns)).toEqual({
      kind: "relationshipType",
      from: 13,
      prefix: "SIG",
    });
    expect(completionTarget("MATCH (:", ns)?.kind).toBe("label");
    expect(completionTarget("MATCH (n)-[:A|B", ns)?.kind).toBe("relationshipType");
    expect(completionTarget("MATCH (n {id: 'x'})-[:", ns)?.kind).toBe("relationshipType");
  });

  it("does not take a map key's colon for a label", () => {
    expect(completionTarget("MATCH (n {id:", ns)).toBeUndefined();
    expect(completionTarget("RETURN {a: 1, b:", ns)).toBeUndefined();
  });

  it("offers property keys after a variable, functions after a namespace, parameters, procedures", () => {
    expect(completionTarget("RETURN n.na", ns)).toEqual({ kind: "propertyKey", from: 9, prefix: "na" });
    expect(completionTarget("RETURN date.tr", ns)).toEqual({ kind: "word", from: 7, prefix: "date.tr" });
    expect(completionTarget("RETURN $i", ns)).toEqual({ kind: "parameter", from: 8, prefix: "i" });
    expect(completionTarget("CALL db.la", ns)).toEqual({ kind: "procedure", from: 5, prefix: "db.la" });
    expect(completionTarget("RETURN toU", ns)).toEqual({ kind: "word", from: 7, prefix: "toU" });
  });

  it("ignores brackets in strings and comments", () => {
    expect(openBracket("MATCH (n {name: '(['}) // [\nRETURN [")).toBe("[");
    expect(openBracket("RETURN '['")).toBeUndefined();
  });
});

describe("marking errors and results", () => {
  it("marks the word at the error, or one character", () => {
    const text = "MATCH (n)\nRETURN n LIMT 5";
    expect(errorRange(text, 19)).toEqual({ from: 19, to: 23 });
    expect(text.slice(19, 23)).toBe("LIMT");
    expect(errorRange("MATCH (n RETURN", 6)).toEqual({ from: 6, to: 7 });
    expect(errorRange("RETURN", 6)).toEqual({ from: 5, to: 6 });
  });

  it("adds only what the view lacks before selecting", () => {
    const inView = (ids: string[]) => (id: string) => ids.includes(id);
    expect(missingForNode(inView([goita.id]), goita)).toBeNull();
    expect(missingForNode(inView([]), goita)).toEqual({ nodes: [goita], relationships: [] });
    const result = { nodes: [goita, putin], relationships: [met] };
    expect(missingForRelationship(inView([goita.id]), result, met)).toEqual({
      nodes: [putin],
      relationships: [met],
    });
    expect(missingForRelationship(inView([met.id]), result, met)).toBeNull();
    expect(missingForRelationship(inView([]), { nodes: [], relationships: [] }, met)).toBeUndefined();
  });

  it("counts rows and explains a cut", () => {
    expect(rowCountText(1)).toBe("1 row");
    expect(rowCountText(5000)).toBe("5,000 rows");
    const base: QueryResult = {
      columns: ["x"],
      rows: [],
      graph: { nodes: [], relationships: [] },
      rowCount: 5000,
      truncated: false,
      truncatedBy: null,
      queryType: "r",
      timing: { serverMs: 1, totalMs: 2 },
      notifications: [],
    };
    expect(truncationNotice(base)).toBeUndefined();
    expect(truncationNotice({ ...base, truncated: true, truncatedBy: "rows" })).toMatch(/cut at 5,000 rows/);
    expect(truncationNotice({ ...base, truncated: true, truncatedBy: "nodes" })).toMatch(/graph was cut/);
  });
});
