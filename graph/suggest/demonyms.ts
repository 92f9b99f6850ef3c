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
    if (!seen || (sovereign && !seen.sovereign))
      byDemonym.set(foldName(form), { name: country.name.common, sovereign });
  }
}

/** The country a demonym names ("Russian" → "Russia"), or undefined. */
export function countryOfDemonym(word: string): string | undefined {
  return byDemonym.get(foldName(word))?.name;
}

/** Abbreviations of country names in common English use; two-letter codes are too ambiguous to take from the data set. */
const COUNTRY_ABBREVIATIONS: Record<string, string> = {
  us: "United States",
  usa: "United States",
  uk: "United Kingdom",
  uae: "United Arab Emirates",
  drc: "DR Congo",
  prc: "China",
};

const byName = new Map<string, string>();
for (const country of countries) {
  const sovereign = country.unMember || country.independent === true;
  const forms = [
    country.name.common,
    country.name.official,
    ...country.altSpellings.filter((s) => s.length > 3),
  ];
  for (const form of forms) {
    const k = foldName(form);
    if (!byName.has(k) || sovereign) byName.set(k, country.name.common);
  }
}

/**
 * The country a name names ("Philippines", "Republic of the Philippines",
 * "U.S.") as its common name, or undefined; a leading "the" is ignored.
 */
export function countryNamed(name: string): string | undefined {
  const k = foldName(name).replace(/^the /, "");
  return byName.get(k) ?? COUNTRY_ABBREVIATIONS[k.replace(/\./g, "")];
}
