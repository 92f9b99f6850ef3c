import { describe, expect, it } from "vitest";
import { groupReprints } from "../../app/src/explorer/corpus/groupReprints.ts";

const article = (slug: string, reprintOf: string | null = null) => ({ slug, reprintOf });
const listed = (articles: ReturnType<typeof article>[]) =>
  groupReprints(articles).map(({ article: a, underOriginal }) => (underOriginal ? `  ${a.slug}` : a.slug));

describe("groupReprints", () => {
  it("lists each reprint just under its original, newest-first order kept otherwise", () => {
    expect(
      listed([article("site-copy", "ap"), article("courier"), article("other-copy", "ap"), article("ap")]),
    ).toEqual(["courier", "ap", "  site-copy", "  other-copy"]);
  });

  it("keeps a reprint in its place when its original is not in the list (a search left it out)", () => {
    expect(listed([article("courier"), article("site-copy", "ap")])).toEqual(["courier", "site-copy"]);
  });

  it("lists every article once, even when reprints point at each other or at themselves", () => {
    const grouped = listed([article("a", "b"), article("b", "a"), article("c", "c"), article("d", "b")]);
    expect(grouped.map((s) => s.trim()).sort()).toEqual(["a", "b", "c", "d"]);
    expect(grouped[0]).toBe("c");
  });

  it("leaves a list without reprints as it is", () => {
    expect(listed([article("x"), article("y")])).toEqual(["x", "y"]);
  });
});
