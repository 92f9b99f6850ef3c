import type { Record as Neo4jRecord } from "neo4j-driver";
import { describe, expect, it } from "vitest";
import { withPlaceNames } from "../../graph/loader/placeNames.ts";
import { cityNames, countryNames } from "../../graph/places/frenchNames.ts";
import type { EntityGroup } from "../../graph/suggest/cluster.ts";
import { countryNamed, countryOfDemonym } from "../../graph/suggest/demonyms.ts";
import { type GraphReader, linkGroups } from "../../graph/suggest/link.ts";

/** A graph of English-named entities that answers the phrase look-ups of linking by exact name or alias. */
function graphOf(
  entities: { id: string; name: string; labels: string[]; aliases?: string[] }[],
): GraphReader {
  return {
    read: async (_name, params) => {
      const queries = (params?.queries ?? []) as { key: string; query: string }[];
      return queries.flatMap((q) =>
        entities
          .filter((e) => [e.name, ...(e.aliases ?? [])].some((n) => `"${n.toLowerCase()}"` === q.query))
          .map((e) => {
            const row: Record<string, unknown> = {
              key: q.key,
              ...e,
              aliases: e.aliases ?? [],
              demonyms: [],
              score: 1,
            };
            return { get: (k: string) => row[k] } as unknown as Neo4jRecord;
          }),
      );
    },
  };
}

const group = (name: string, labels: EntityGroup["labels"]): EntityGroup => ({
  name,
  labels,
  aliases: [],
  demonyms: [],
  mentions: [],
  kind: "named",
  engines: ["corenlp"],
  score: 0.9,
});

const row = (id: string, name: string, labels: string[], aliases: string[] = []) => ({
  id,
  name,
  labels,
  aliases,
  aliasLanguages: aliases.map(() => "en"),
  demonyms: [],
  properties: {},
  articleCount: 1,
});

describe("French names of countries and cities", () => {
  it("knows a country and a city by their French names, under their English ones", () => {
    expect(countryNames("Russie")?.english).toBe("Russia");
    expect(countryNames("Tchad")?.english).toBe("Chad");
    expect(cityNames("Moscou")?.english).toBe("Moscow");
    expect(cityNames("Alger")?.english).toBe("Algiers");
  });

  it("takes French demonyms in both genders and numbers for their country", () => {
    for (const word of ["malien", "malienne", "maliens", "maliennes", "Maliens"]) {
      expect(countryOfDemonym(word), word).toBe("Mali");
    }
    expect(countryOfDemonym("russe")).toBe("Russia");
    expect(countryOfDemonym("Russes")).toBe("Russia");
    expect(countryOfDemonym("burkinabè")).toBe("Burkina Faso");
    expect(countryOfDemonym("Malian")).toBe("Mali");
  });

  it("reads a French country name as a country in French text only", () => {
    expect(countryNamed("Russie", "fr")).toBe("Russia");
    expect(countryNamed("Fédération de Russie", "fr")).toBe("Russia");
    expect(countryNamed("Russie")).toBeUndefined();
  });

  it("links a French place name to the graph's English-named entity", async () => {
    const graph = graphOf([
      { id: "moscow", name: "Moscow", labels: ["City"] },
      { id: "russia", name: "Russia", labels: ["Country"], aliases: ["Russian Federation"] },
    ]);
    const [moscou, russie, person] = await linkGroups(graph, [
      group("Moscou", ["City"]),
      group("Russie", ["Country"]),
      group("Moscou", ["Person"]),
    ]);
    expect(moscou?.entity?.id).toBe("moscow");
    expect(russie?.entity?.id).toBe("russia");
    expect(person?.entity).toBeUndefined();
  });
});

describe("the loader's place names", () => {
  it("gives a country and a city their names in the other language, tagged", () => {
    const russia = withPlaceNames(row("russia", "Russia", ["Country"], ["Russian Federation"]));
    expect(russia.aliases).toEqual(["Russian Federation", "Russie"]);
    expect(russia.aliasLanguages).toEqual(["en", "fr"]);
    expect(withPlaceNames(row("moscow", "Moscow", ["City"])).aliases).toEqual(["Moscou"]);
    const chad = withPlaceNames({ ...row("tchad", "Tchad", ["Country"]), aliasLanguages: [] });
    expect(chad.aliases).toEqual(["Chad"]);
    expect(chad.aliasLanguages).toEqual(["en"]);
  });

  it("leaves other entities and places of the same name in both languages as they are", () => {
    expect(withPlaceNames(row("moscou-person", "Moscou", ["Person"])).aliases).toEqual([]);
    expect(withPlaceNames(row("bamako", "Bamako", ["City"])).aliases).toEqual([]);
    expect(withPlaceNames(row("mali", "Mali", ["Country"])).aliases).toEqual([]);
  });
});
