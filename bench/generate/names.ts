import type { EntityLabel } from "../../graph/model/annotation.ts";
import type { Entity } from "../../graph/model/annotation.ts";

const CONSONANTS = "bdfgklmnprstvz";
const VOWELS = "aeiou";
const SYLLABLES = [...CONSONANTS].flatMap((c) => [...VOWELS].map((v) => c + v));
const WORD_SPACE = SYLLABLES.length ** 4;
// Coprime with WORD_SPACE (2^4 5^4 7^4), so k -> k * STRIDE is a bijection.
const STRIDE = 1_234_567;

/**
 * The unique word of entity k: four consonant-vowel syllables ("Kobetami").
 * Every word has the same length and shape, so none is a prefix of another and
 * none equals a given name (those start with a vowel).
 */
export function stemOf(k: number): string {
  if (k >= WORD_SPACE) throw new Error(`Entity number ${k} exceeds the ${WORD_SPACE} names available.`);
  let code = ((k + 1) * STRIDE) % WORD_SPACE;
  let word = "";
  for (let i = 0; i < 4; i++) {
    word += SYLLABLES[code % SYLLABLES.length];
    code = Math.floor(code / SYLLABLES.length);
  }
  return word[0]!.toUpperCase() + word.slice(1);
}

export const GIVEN_NAMES = [
  "Aminata",
  "Ibrahim",
  "Oumar",
  "Elena",
  "Ahmed",
  "Ines",
  "Omar",
  "Ursula",
  "Yusuf",
  "Aisha",
  "Ingrid",
  "Ali",
  "Esther",
  "Youssouf",
  "Olga",
  "Idrissa",
] as const;

/** How often each label is drawn for a new entity. */
export const LABEL_WEIGHTS: readonly (readonly [EntityLabel, number])[] = [
  ["Person", 30],
  ["Organization", 12],
  ["Company", 12],
  ["City", 8],
  ["StateBody", 6],
  ["Country", 5],
  ["Place", 4],
  ["Region", 4],
  ["ArmedGroup", 4],
  ["Agreement", 4],
  ["Event", 4],
  ["Mission", 3],
  ["Project", 2],
  ["Facility", 2],
];

const SUFFIX: Record<EntityLabel, [name: string, alias: string]> = {
  Person: ["", ""],
  Country: ["", "Republic of"],
  City: ["", "City"],
  Place: ["Valley", ""],
  Region: ["Region", ""],
  Organization: ["Institute", ""],
  Company: ["Holdings", "Group"],
  StateBody: ["Council", ""],
  ArmedGroup: ["Brigade", ""],
  Mission: ["Mission", ""],
  Agreement: ["Accord", ""],
  Event: ["Summit", ""],
  Project: ["Project", ""],
  Facility: ["Plant", ""],
};

/**
 * The annotation entry of entity k. Names and aliases are built around the
 * entity's unique word, so no two entities share a name or alias.
 */
export function entityOf(k: number, label: EntityLabel, given: number): Entity {
  const stem = stemOf(k);
  const id = stem.toLowerCase();
  const [suffix, aliasForm] = SUFFIX[label];
  const properties: Entity["properties"] = {};
  let name = suffix ? `${stem} ${suffix}` : stem;
  let aliases = suffix ? [stem] : [];
  let demonyms: string[] = [];
  if (label === "Person") {
    name = `${GIVEN_NAMES[given % GIVEN_NAMES.length]} ${stem}`;
    aliases = [stem];
    properties.roles = [k % 3 === 0 ? "Minister" : k % 3 === 1 ? "Spokesperson" : "Director"];
  } else if (label === "Country") {
    aliases = [`${aliasForm} ${stem}`];
    demonyms = [`${stem}n`];
    properties.population = { quantity: 1 + (k % 90), unit: "million", qualifier: "about" };
  } else if (label === "City") {
    aliases = [`${stem} ${aliasForm}`];
  } else if (label === "Company") {
    aliases = [`${stem} ${aliasForm}`];
    properties.founded = { date: String(1950 + (k % 70)) };
  }
  return { id, labels: [label], name, aliases, demonyms, properties };
}
