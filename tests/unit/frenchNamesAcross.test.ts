import { describe, expect, it } from "vitest";
import type { EntityLabel } from "../../graph/model/annotation.ts";
import { isBareWord } from "../../graph/suggest/bareWords.ts";
import { clusterMentions } from "../../graph/suggest/cluster.ts";
import type { SuggestedMention } from "../../graph/suggest/mentions.ts";
import { sameSpelledName } from "../../graph/suggest/spellingVariants.ts";
import { nameWords, sameWordSet, wordSetQuery } from "../../graph/suggest/wordSets.ts";

describe("French pronouns, determiners and titles alone", () => {
  it("are bare words in a French text, alone or with a determiner", () => {
    for (const text of [
      "il",
      "Elle",
      "ils",
      "lui",
      "leur",
      "On",
      "nous",
      "celui-ci",
      "Celle-ci",
      "ce dernier",
      "cette dernière",
      "l'un",
      "le président",
      "Le Premier ministre",
      "M.",
      "Mme",
    ])
      expect(isBareWord(text, "fr"), text).toBe(true);
  });

  it("leave names that hold a word of the list, and English words that are French pronouns elsewhere", () => {
    for (const text of ["Le Monde", "La Poste", "Les Échos", "Président Goïta", "Elle Macpherson"])
      expect(isBareWord(text, "fr"), text).toBe(false);
    expect(isBareWord("On")).toBe(false);
    expect(isBareWord("Elle")).toBe(false);
  });
});

describe("names compared by what their words say, across languages", () => {
  it("take a place adjective or demonym as its place and drop function words", () => {
    expect(nameWords("Corps africain").map((w) => w.key)).toEqual(["corps", "place:africa"]);
    expect(nameWords("ministère russe de la Défense").map((w) => w.key)).toEqual([
      "ministere",
      "place:russia",
      "defense",
    ]);
    expect(nameWords("armée du Burkina Faso").map((w) => w.key)).toEqual(["armee", "place:burkina faso"]);
  });

  it("match the same words in any order, or words that differ only by a kind of the same kind", () => {
    expect(sameWordSet("Corps africain", "Africa Corps")).toBe(true);
    expect(sameWordSet("ministère russe de la Défense", "Russian Ministry of Defense")).toBe(true);
    expect(sameWordSet("Gouvernement de transition malien", "Malian transition authorities")).toBe(true);
    expect(sameWordSet("Union africaine", "African Union")).toBe(true);
  });

  it("do not match a part for the whole, another ministry, another country or a single word", () => {
    expect(sameWordSet("armée malienne", "Mali")).toBe(false);
    expect(sameWordSet("ministère russe des Affaires étrangères", "Russian Ministry of Defense")).toBe(false);
    expect(sameWordSet("ministère malien de la Défense", "Russian Ministry of Defense")).toBe(false);
    expect(sameWordSet("autorités maliennes", "Malian transition authorities")).toBe(false);
    expect(sameWordSet("Agence africaine", "African Party")).toBe(false);
    expect(sameWordSet("Russie", "Russia")).toBe(false);
  });

  it("look a name up by its words that say more than a kind, each in its forms of both languages", () => {
    const query = wordSetQuery("Corps africain")!;
    expect(query).toContain("+(corps)");
    expect(query).toMatch(/\+\([^)]*\bafrica\b[^)]*\bafrican\b/);
    expect(wordSetQuery("ministère russe")).toMatch(/^\+\([^)]*russian[^)]*\)$/);
    expect(wordSetQuery("Wagner")).toBeUndefined();
  });
});

describe("short forms of French names", () => {
  const TEXT =
    "Le Conseil de sécurité des Nations unies a voté. Le Conseil de sécurité a mis fin à la Mission des Nations unies au Mali (MINUSMA) ; le Conseil a décidé.";
  const mention = (text: string, from: number, kind: "named" | "nominal", labels: EntityLabel[]) => {
    const start = TEXT.indexOf(text, from);
    return {
      sentence: 0,
      start,
      end: start + text.length,
      text,
      labels,
      kind,
      engine: "corenlp",
      score: 0.9,
    } as const;
  };
  const mentions: SuggestedMention[] = [
    mention("Conseil de sécurité des Nations unies", 0, "named", ["Organization"]),
    mention("Conseil de sécurité", 50, "named", ["Organization"]),
    mention("Mission des Nations unies au Mali", 0, "named", ["Organization"]),
    mention("MINUSMA", 0, "named", ["Organization"]),
    { ...mention("le Conseil", 120, "nominal", ["Organization", "StateBody"]), head: "conseil" },
  ];

  it("join the one longer name they begin, a capitalised head alone, and an acronym in brackets after a name", () => {
    const groups = clusterMentions(mentions, TEXT, "fr");
    expect(groups.map((g) => [g.name, g.mentions.length])).toEqual([
      ["Conseil de sécurité des Nations unies", 3],
      ["Mission des Nations unies au Mali", 2],
    ]);
  });

  it("stay apart in an English text, where the head comes last", () => {
    expect(clusterMentions(mentions, TEXT).map((g) => g.name)).toContain("Conseil de sécurité");
  });
});

describe("people's names spelled the French and the English way", () => {
  it("are the same name", () => {
    expect(sameSpelledName("Vladimir Poutine", "Vladimir Putin")).toBe(true);
    expect(sameSpelledName("Evgueni Prigojine", "Evgueni Prigozhin")).toBe(true);
    expect(sameSpelledName("Nikita Khrouchtchev", "Nikita Khrushchev")).toBe(true);
  });

  it("are not the same name when a word differs, when a word is missing, or when they are equal", () => {
    expect(sameSpelledName("Vladimir Poutine", "Vladimir Potanin")).toBe(false);
    expect(sameSpelledName("Poutine", "Vladimir Putin")).toBe(false);
    expect(sameSpelledName("Vladimir Putin", "Vladimir Putin")).toBe(false);
    expect(sameSpelledName("Moussa Traoré", "Musa Traore")).toBe(true);
    expect(sameSpelledName("Moussa Traoré", "Moses Traore")).toBe(false);
  });
});

describe("entities of pronouns alone", () => {
  it("are not made, whatever kind of mention found them", () => {
    const text = "Ce dernier a parlé.";
    const said: SuggestedMention = {
      sentence: 0,
      start: 0,
      end: 10,
      text: "Ce dernier",
      labels: ["Person"],
      kind: "nominal",
      engine: "rules",
      score: 0.5,
      head: "dernier",
    };
    expect(clusterMentions([said], text, "fr")).toEqual([]);
  });
});
