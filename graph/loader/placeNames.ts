import { foldName } from "../lexical/fold.ts";
import { cityNames, countryNames } from "../places/frenchNames.ts";
import { type MergedEntity, addAlias } from "./entities.ts";

/**
 * A country or city entity also answers to its name in the other language of
 * the data sets, as an alias with its language tag: the graph's "Russia"
 * gets "Russie" (fr), "Moscow" gets "Moscou" (fr), and a "Tchad" that a
 * French article named gets "Chad" (en). Search and linking then find one
 * entity under either name; the annotation files are not touched.
 */
export function withPlaceNames(row: MergedEntity): MergedEntity {
  const isCountry = row.labels.includes("Country");
  const isCity = row.labels.includes("City");
  if (!isCountry && !isCity) return row;
  const own = [row.name, ...row.aliases];
  const found: { name: string; language: string }[] = [];
  for (const n of own) {
    const country = isCountry ? countryNames(n) : undefined;
    if (country) {
      found.push({ name: country.english, language: "en" });
      if (country.french[0]) found.push({ name: country.french[0], language: "fr" });
    }
    const city = isCity ? cityNames(n) : undefined;
    if (city) found.push({ name: city.english, language: "en" }, { name: city.french, language: "fr" });
  }
  if (found.length === 0) return row;
  const out = { ...row, aliases: [...row.aliases], aliasLanguages: [...row.aliasLanguages] };
  const known = new Set(own.map(foldName));
  for (const { name, language } of found) {
    if (known.has(foldName(name))) continue;
    known.add(foldName(name));
    addAlias(out, name, language);
  }
  return out;
}
