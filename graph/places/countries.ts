import countries from "world-countries";
import type { PlaceCandidate } from "./candidate.ts";

/**
 * Every country of the world-countries data set with the names it is known
 * by: common and official names (English, native, translations), the
 * spellings the data set lists and its ISO codes. The point is the data set's
 * own centre of the country (its latlng).
 */
export function countryEntries(): { names: string[]; candidate: PlaceCandidate }[] {
  return countries.map((c) => {
    const natives = Object.values(c.name.native ?? {});
    const translations = Object.values(c.translations ?? {});
    const names = [
      c.name.common,
      c.name.official,
      ...natives.flatMap((n) => [n.common, n.official]),
      ...translations.flatMap((n) => [n.common, n.official]),
      ...c.altSpellings,
      c.cca2,
      c.cca3,
    ];
    const [lat, lon] = c.latlng;
    return {
      names,
      candidate: {
        name: c.name.common,
        country: c.cca2,
        lat: lat ?? 0,
        lon: lon ?? 0,
        population: null,
        kind: "country",
        dataset: "world-countries",
      },
    };
  });
}
