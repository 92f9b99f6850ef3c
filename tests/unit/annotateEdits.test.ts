import { describe, expect, it } from "vitest";
import { draftAnnotation, draftSchema, type Draft, type Span } from "../../graph/model/draft.ts";
import { annotationSchema } from "../../graph/model/annotation.ts";
import {
  addMention,
  addRelation,
  linkEntity,
  mergeEntities,
  newEntity,
  splitEntity,
  swapDirection,
} from "../../app/src/annotate/state/draftEdits.ts";
import { firstFreeId, slugId } from "../../graph/lexical/ids.ts";

const uniqueId = (name: string, taken: ReadonlySet<string>, fallback?: string) =>
  firstFreeId(slugId(name, fallback), taken);
import { parseValue } from "../../app/src/annotate/state/propertyValue.ts";
import { relationType } from "../../app/src/annotate/state/relationType.ts";

const TEXT = "Port Elsa signed a deal with Northwind. The town of Elsa hired Northwind Shipping.";

function span(text: string, from = 0): Span {
  const start = TEXT.indexOf(text, from);
  if (start < 0) throw new Error(`"${text}" is not in the test text`);
  return { start, end: start + text.length, text };
}

function draft(): Draft {
  const suggested = {
    status: "suggested",
    engine: "corenlp",
    score: 0.8,
  };
  return draftSchema.parse({
    textHash: "0".repeat(64),
    engines: ["corenlp"],
    notes: [],
    entities: [
      {
        id: "port-elsa",
        labels: ["City"],
        name: "Port Elsa",
        aliases: [],
        demonyms: [],
        properties: {},
        mentions: [span("Port Elsa"), span("Elsa", 45)],
        ...suggested,
      },
      {
        id: "northwind",
        labels: ["Company"],
        name: "Northwind",
        aliases: [],
        demonyms: [],
        properties: {},
        mentions: [span("Northwind")],
        ...suggested,
      },
      {
        id: "northwind-shipping",
        labels: ["Company"],
        name: "Northwind Shipping",
        aliases: ["NWS"],
        demonyms: [],
        properties: { founded: { date: "1990" } },
        mentions: [span("Northwind Shipping")],
        ...suggested,
      },
    ],
    relations: [
      {
        id: "port-elsa-hired-northwind-shipping",
        type: "HIRED",
        from: "port-elsa",
        to: "northwind-shipping",
        properties: {},
        evidence: ["The town of Elsa hired Northwind Shipping"],
        evidenceSpans: [span("The town of Elsa hired Northwind Shipping")],
        ...suggested,
      },
    ],
  });
}

describe("draft edits of the Annotate view", () => {
  it("makes ids from names: lower-case words joined by hyphens, unique in the draft", () => {
    expect(uniqueId("Northwind Shipping", new Set())).toBe("northwind-shipping");
    expect(uniqueId("Northwind Shipping", new Set(["northwind-shipping"]))).toBe("northwind-shipping-2");
    expect(uniqueId("Goïta's Café", new Set())).toBe("goitas-cafe");
    expect(uniqueId("日本", new Set(), "entity")).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
  });

  it("merges an entity into another: mentions and aliases united, relations rewired, the other gone", () => {
    const merged = mergeEntities(draft(), "northwind-shipping", "northwind");
    expect(merged.entities.map((e) => e.id)).toEqual(["port-elsa", "northwind"]);
    const northwind = merged.entities.find((e) => e.id === "northwind")!;
    expect(northwind.aliases).toEqual(["Northwind Shipping", "NWS"]);
    expect(northwind.mentions.map((m) => m.text)).toEqual(["Northwind", "Northwind Shipping"]);
    expect(northwind.properties).toEqual({ founded: { date: "1990" } });
    expect(merged.relations[0]).toMatchObject({ from: "port-elsa", to: "northwind" });
  });

  it("merging keeps the labels of the entity merged into, not the union", () => {
    const d = draft();
    // A surname read as an organization, merged into the person it names.
    d.entities[2]!.labels = ["Organization"];
    d.entities[1]!.labels = ["Person"];
    const merged = mergeEntities(d, "northwind-shipping", "northwind");
    expect(merged.entities.find((e) => e.id === "northwind")!.labels).toEqual(["Person"]);
    const back = mergeEntities(d, "northwind", "northwind-shipping");
    expect(back.entities.find((e) => e.id === "northwind-shipping")!.labels).toEqual(["Organization"]);
  });

  it("splits chosen mentions off into a new entity, undoing a wrong merge", () => {
    const wrong = span("Elsa", 45);
    const split = splitEntity(draft(), "port-elsa", [wrong]);
    expect(split.entities.find((e) => e.id === "port-elsa")!.mentions).toEqual([span("Port Elsa")]);
    const created = split.entities.at(-1)!;
    expect(created).toMatchObject({
      id: "elsa",
      name: "Elsa",
      labels: ["City"],
      mentions: [wrong],
      status: "accepted",
      engine: "person",
      score: 1,
    });
  });

  it("links an entity to a graph entity: the graph's id, existing, relations follow", () => {
    const linked = linkEntity(draft(), "port-elsa", { id: "elsa-town", name: "Elsa", labels: ["City"] });
    const entity = linked.entities.find((e) => e.id === "elsa-town")!;
    expect(entity).toMatchObject({ existing: true, name: "Elsa", aliases: ["Port Elsa"] });
    expect(entity.mentions).toHaveLength(2);
    expect(linked.relations[0]!.from).toBe("elsa-town");
    expect(linked.entities.some((e) => e.id === "port-elsa")).toBe(false);
  });

  it("linking to a graph entity the draft already holds merges the two", () => {
    const linked = linkEntity(draft(), "northwind", {
      id: "northwind-shipping",
      name: "Northwind Shipping",
      labels: ["Company"],
    });
    expect(linked.entities.map((e) => e.id)).toEqual(["port-elsa", "northwind-shipping"]);
    const entity = linked.entities[1]!;
    expect(entity.mentions.map((m) => m.text).sort()).toEqual(["Northwind", "Northwind Shipping"]);
    expect(entity.aliases).toContain("Northwind");
  });

  it("adds a relation whose evidence is exactly the selected span, and swaps its direction", () => {
    const quote = span("Port Elsa signed a deal with Northwind");
    const added = addRelation(draft(), "SIGNED_WITH", "port-elsa", "northwind", quote);
    const relation = added.relations.at(-1)!;
    expect(relation).toMatchObject({
      id: "port-elsa-signed-with-northwind",
      evidence: [quote.text],
      evidenceSpans: [quote],
      status: "accepted",
      engine: "person",
      score: 1,
    });
    expect(swapDirection(added, relation.id).relations.at(-1)).toMatchObject({
      from: "northwind",
      to: "port-elsa",
    });
  });

  it("adds a mention once, in text order, and a new entity with its mention", () => {
    const once = addMention(
      addMention(draft(), "northwind", span("Northwind", 40)),
      "northwind",
      span("Northwind", 40),
    );
    expect(once.entities[1]!.mentions.map((m) => m.start)).toEqual([
      span("Northwind").start,
      span("Northwind", 40).start,
    ]);
    const entity = newEntity(draft(), " deal ", ["Agreement"], [span("deal")]);
    expect(entity).toMatchObject({ id: "deal", name: "deal", existing: false, status: "accepted" });
  });

  it("writes relationship types as UPPER_SNAKE_CASE and refuses the lexical ones", () => {
    expect(relationType("signed with")).toBe("SIGNED_WITH");
    expect(relationType(" héberge ")).toBe("HEBERGE");
    expect(relationType("mentions")).toBeNull();
    expect(relationType("  ")).toBeNull();
  });

  it("leaves a draft whose accepted items pass the annotation schema after edits", () => {
    let d = mergeEntities(draft(), "northwind-shipping", "northwind");
    d = addRelation(
      d,
      "SIGNED_WITH",
      "port-elsa",
      "northwind",
      span("Port Elsa signed a deal with Northwind"),
    );
    const annotation = draftAnnotation(d);
    expect(annotationSchema.safeParse(annotation).success).toBe(true);
    expect(annotation.relations.every((r) => d.entities.some((e) => e.id === r.from))).toBe(true);
  });
});

describe("property values typed in the Annotate view", () => {
  it("reads JSON as the annotation's value types, a bare word as a string, and names what is wrong", () => {
    expect(parseValue('{"date": "2024-03-05"}')).toEqual({ value: { date: "2024-03-05" } });
    expect(parseValue('{"quantity": 200, "unit": "jobs"}')).toEqual({
      value: { quantity: 200, unit: "jobs" },
    });
    expect(parseValue("12")).toEqual({ value: 12 });
    expect(parseValue("harbour")).toEqual({ value: "harbour" });
    expect(parseValue('["a", "b"]')).toEqual({ value: ["a", "b"] });
    expect(parseValue('{"date": "2024-02-30"}')).toEqual({
      error: expect.stringContaining("is not a date") as string,
    });
    expect(parseValue('[1, "a"]')).toEqual({ error: expect.stringContaining("list") as string });
  });
});
