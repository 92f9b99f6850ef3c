import countries from "world-countries";
import { foldName } from "../lexical/fold.ts";

/**
 * Adjectives of nationality ("Malian", "French") and the country each names,
 * from the world-countries data set (English demonyms of 250 countries).
 */
const byDemonym = new Map<string, { name: string; sovereign: boolean }>();
for (const country of countries) {
  // Territories share their state's demonym ("Norwegian" for Svalbard): the sovereign state wins.
  const sovereign = country.unMember || country.independent === true;
  for (const form of [country.demonyms?.eng?.m, country.demonyms?.eng?.f]) {
    if (!form) continue;
    const seen = byDemonym.get(foldName(form));
    if (!seen || (sovereign && !seen.sovereign)) byDemonym.set(foldName(form), { name: country.name.common, sovereign });
  }
}

/** The country a demonym names ("Russian" → "Russia"), or undefined. */
export function countryOfDemonym(word: string): string | undefined {
  return byDemonym.get(foldName(word))?.name;
}
