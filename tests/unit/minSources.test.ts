import { describe, expect, it } from "vitest";
import type { GraphRelationship } from "../../graph/model/graphJson.ts";
import { decodeMinSources, encodeMinSources, sourcesHidden } from "../../app/src/explorer/legend/minSources.ts";

const rel = (id: string, sources?: number): GraphRelationship => ({
  id,
  type: "SAID",
  start: "a",
  end: "b",
  properties: sources === undefined ? {} : { article: "x" },
  ...(sources === undefined ? {} : { sources, articles: sources }),
});

describe("the independent-sources filter", () => {
  const view = { one: rel("one", 1), two: rel("two", 2), plain: rel("plain") };

  it("hides the facts with fewer sources than asked and keeps relationships that state none", () => {
    expect([...sourcesHidden(view, 2)]).toEqual(["one"]);
    expect([...sourcesHidden(view, 3)].sort()).toEqual(["one", "two"]);
    expect(sourcesHidden(view, 1).size).toBe(0);
  });

  it("goes through the link: sources=N above 1, nothing for 1", () => {
    const params = new URLSearchParams();
    encodeMinSources(3, params);
    expect(decodeMinSources(`?${params.toString()}`)).toEqual({ min: 3, problem: null });
    const none = new URLSearchParams();
    encodeMinSources(1, none);
    expect(none.toString()).toBe("");
  });

  it("refuses a value out of range with one sentence and no filter", () => {
    expect(decodeMinSources("?sources=9")).toEqual({
      min: 1,
      problem: 'The link\'s sources filter was not used: sources="9" is not a whole number from 1 to 5.',
    });
    expect(decodeMinSources("?sources=two").min).toBe(1);
  });
});
