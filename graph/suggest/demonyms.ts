import countries from "world-countries";
import { foldName } from "../lexical/fold.ts";
import { countryNames, frenchPlural } from "../places/frenchNames.ts";

/**
 * Adjectives of nationality ("Malian", "French") and the country each names,
 * from the world-countries data set: English demonyms of 250 countries, then
 * the French ones with their plurals ("malien", "maliennes", "russes",
 * "burkinabè"), which name the country by its English name too. An English
 * form wins over a French one spelled the same.
 */
const byDemonym = new Map<string, { name: string; sovereign: boolean }>();
for (const language of ["eng", "fra"] as const) {
  const taken = new Set(byDemonym.keys());
  for (const country of countries) {
    // Territories share their state's demonym ("Norwegian" for Svalbard): the sovereign state wins.
    const sovereign = country.unMember || country.independent === true;
    const forms = [country.demonyms?.[language]?.m, country.demonyms?.[language]?.f].filter(
      (f): f is string => Boolean(f),
    );
    for (const form of language === "fra" ? forms.flatMap((f) => [f, frenchPlural(f)]) : forms) {
      const k = foldName(form);
      if (taken.has(k)) continue;
      const seen = byDemonym.get(k);
      if (!seen || (sovereign && !seen.sovereign)) byDemonym.set(k, { name: country.name.common, sovereign });
    }
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
 * "U.S.") as its English common name, or undefined; a leading "the" is
 * ignored. In a French text (`language` "fr") its French names count too
 * ("Russie", "Fédération de Russie" → "Russia"); elsewhere they do not, since
 * some are given names in English ("Dominique").
 */
export function countryNamed(name: string, language?: string): string | undefined {
  const k = foldName(name).replace(/^the /, "");
  const english = byName.get(k) ?? COUNTRY_ABBREVIATIONS[k.replace(/\./g, "")];
  if (english || !language?.toLowerCase().startsWith("fr")) return english;
  return countryNames(name)?.english;
}
