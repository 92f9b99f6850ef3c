import { describe, expect, it } from "vitest";
import { fold } from "../../graph/lexical/fold.ts";
import { findMentions } from "../../graph/lexical/mentions.ts";

const goita = { id: "goita", names: ["Assimi Goïta", "Goïta", "Assimi Giota", "Giota"], demonyms: [] };
const mali = { id: "mali", names: ["Mali"], demonyms: ["Malian"] };
const russia = { id: "russia", names: ["Russia", "Russian Federation"], demonyms: ["Russian"] };
const ministry = { id: "mod", names: ["Russian Ministry of Defense"], demonyms: [] };

describe("fold", () => {
  it("folds case, accents and typographic apostrophes and keeps offsets", () => {
    const folded = fold("Goïta’s É");
    expect(folded.text).toBe("goita's e");
    expect(folded.origin).toHaveLength(folded.text.length + 1);
    expect(folded.origin[8]).toBe(8);
  });
});

describe("findMentions", () => {
  it("resolves the surname's spellings to one entity through folding and aliases", () => {
    const found = findMentions("Giota arrived. Goita’s visit. President GOÏTA spoke.", [goita]);
    expect(found.map((m) => m.surface)).toEqual(["Giota", "Goita", "GOÏTA"]);
    expect(new Set(found.map((m) => m.entityId))).toEqual(new Set(["goita"]));
  });

  it("matches possessives, demonyms and their plurals but not other words", () => {
    const text = "Mali’s desire; Malian and Malians; Malibu is not Mali.";
    expect(findMentions(text, [mali]).map((m) => m.surface)).toEqual(["Mali", "Malian", "Malians", "Mali"]);
  });

  it("prefers the longest name of an entity and lets other entities overlap it", () => {
    const text = "the Russian Federation and the Russian Ministry of Defense";
    const found = findMentions(text, [russia, ministry]);
    expect(found.map((m) => `${m.entityId}:${m.surface}`)).toEqual([
      "russia:Russian Federation",
      "mod:Russian Ministry of Defense",
      "russia:Russian",
    ]);
  });

  it("matches a name broken over two lines and returns the exact source span", () => {
    const text = "talks with the Russian\nFederation today";
    const [m] = findMentions(text, [russia]);
    expect(m?.surface).toBe("Russian\nFederation");
    expect(text.slice(m?.start, m?.end)).toBe("Russian\nFederation");
  });

  it("treats hyphens as word edges", () => {
    const moscow = { id: "moscow", names: ["Moscow"], demonyms: [] };
    const bamako = { id: "bamako", names: ["Bamako"], demonyms: [] };
    expect(findMentions("closer Bamako-Moscow ties", [bamako, moscow]).map((m) => m.entityId)).toEqual([
      "bamako",
      "moscow",
    ]);
  });
});
