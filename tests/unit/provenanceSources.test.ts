import { describe, expect, it } from "vitest";
import { groupSources } from "../../graph/server/api/factSources.ts";

const article = (slug: string, publisher: string, origin: string, reprintOf: string | null = null) => ({
  slug,
  title: `Title of ${slug}`,
  publisher,
  reprintOf,
  origin,
});

describe("groupSources", () => {
  it("groups a fact's articles by independent source, reprints folded under their original", () => {
    const sources = groupSources([
      article("herald", "Northern Herald", "outlet:northernherald"),
      article("site-b", "Site B", "wire:AP", "ap"),
      article("ap", "Associated Press", "wire:AP"),
      article("site-a", "Site A", "wire:AP", "ap"),
      article("courier", "", "article:courier"),
    ]);
    expect(sources.map((s) => [s.label, s.articles.map((a) => a.slug)])).toEqual([
      ["AP", ["ap", "site-b", "site-a"]],
      ["Northern Herald", ["herald"]],
      ["Title of courier", ["courier"]],
    ]);
    expect(sources[0]!.articles[1]).toEqual({
      slug: "site-b",
      title: "Title of site-b",
      publisher: "Site B",
      reprintOf: "ap",
    });
  });

  it("keeps a reprint whose original does not state the fact, after the others", () => {
    const sources = groupSources([
      article("site-a", "Site A", "wire:AFP", "gone"),
      article("afp", "AFP", "wire:AFP"),
    ]);
    expect(sources[0]!.articles.map((a) => a.slug)).toEqual(["afp", "site-a"]);
  });
});
