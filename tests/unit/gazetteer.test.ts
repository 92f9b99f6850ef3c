import { geoDistance } from "d3-geo";
import { describe, expect, it } from "vitest";
import countries from "world-countries";
import { Gazetteer } from "../../graph/places/gazetteer.ts";
import type { PlaceCandidate } from "../../graph/places/candidate.ts";

const EARTH_KM = 6371;
const km = (c: PlaceCandidate, lat: number, lon: number) =>
  geoDistance([c.lon, c.lat], [lon, lat]) * EARTH_KM;

describe("the gazetteer", () => {
  const gazetteer = new Gazetteer();

  it("puts Bamako at Mali's capital, within 25 km of 12.65 N, 8.0 W", () => {
    const [best] = gazetteer.candidates("Bamako");
    expect(best).toMatchObject({ name: "Bamako", country: "ML", kind: "city", dataset: "geonames" });
    expect(km(best!, 12.65, -8.0)).toBeLessThan(25);
  });

  it("puts Mali at the country's centre as the data set gives it", () => {
    const mali = countries.find((c) => c.cca2 === "ML")!;
    const [best] = gazetteer.candidates("Mali");
    expect(best).toMatchObject({ name: "Mali", kind: "country", dataset: "world-countries" });
    expect([best!.lat, best!.lon]).toEqual(mali.latlng);
  });

  it("puts Moscow at Russia's capital, before any smaller Moscow", () => {
    const found = gazetteer.candidates("Moscow");
    expect(found[0]).toMatchObject({ country: "RU", kind: "city" });
    expect(km(found[0]!, 55.75, 37.62)).toBeLessThan(25);
    expect(found.slice(1).every((c) => (c.population ?? 0) < found[0]!.population!)).toBe(true);
  });

  it("knows countries by alias and ISO code, case and accents aside", () => {
    for (const name of ["Russian Federation", "RU", "rus", "république du mali", "COTE D'IVOIRE"]) {
      expect(gazetteer.candidates(name, "country").length, name).toBeGreaterThan(0);
    }
    expect(gazetteer.candidates("république du mali")[0]?.country).toBe("ML");
    expect(gazetteer.candidates("bamakó")[0]?.name).toBe("Bamako");
  });

  it("offers every Springfield, with country and population, the most populous first", () => {
    const found = gazetteer.candidates("Springfield");
    expect(found.length).toBeGreaterThan(3);
    for (const c of found) expect(c.country).toMatch(/^[A-Z]{2}$/);
    const populations = found.map((c) => c.population ?? 0);
    expect(populations).toEqual([...populations].sort((a, b) => b - a));
    expect(populations.at(-1)).toBeGreaterThan(0);
  });

  it("knows no city below its population threshold and nothing for an unknown name", () => {
    const small = new Gazetteer({ minCityPopulation: 2_000_000 });
    expect(small.candidates("Bamako")).toEqual([]);
    expect(gazetteer.candidates("Nowhere-in-particular")).toEqual([]);
  });
});
