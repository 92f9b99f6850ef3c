import countries from "world-countries";
import { foldName } from "../lexical/fold.ts";

/**
 * Adjectives of nationality ("Malian", "French") and the country each names,
 * from the world-countries data set (English demonyms of 250 countries).
 */
const byDemonym = new Map<string, string>();
for (const country of countries) {
  const name = country.name.common;
  for (const form of [country.demonyms?.eng?.m, country.demonyms?.eng?.f]) {
    if (form) byDemonym.set(foldName(form), name);
  }
}

/** The country a demonym names ("Russian" → "Russia"), or undefined. */
export function countryOfDemonym(word: string): string | undefined {
  return byDemonym.get(foldName(word));
}
