import type { EntityLabel } from "../model/annotation.ts";

/**
 * General English news vocabulary the rules read: which entity labels a
 * CoreNLP class maps to, and which common nouns name a kind of entity when
 * they head a noun phrase ("the company X", "X, a suburb of Y", "the first
 * agreement"). These are word lists of the language, not of any article.
 */

/** Labels of one kind: a thing may carry several of one family (Organization + Company), never two families. */
export const LABEL_FAMILIES: readonly (readonly EntityLabel[])[] = [
  ["Person"],
  ["Country", "City", "Place", "Region"],
  ["Organization", "Company", "StateBody", "ArmedGroup", "Mission"],
  ["Agreement"],
  ["Event"],
  ["Facility", "Project"],
];

export const NER_LABELS: Record<string, EntityLabel[]> = {
  PERSON: ["Person"],
  ORGANIZATION: ["Organization"],
  COUNTRY: ["Country"],
  CITY: ["City"],
  STATE_OR_PROVINCE: ["Region"],
  LOCATION: ["Place"],
};

/** Nouns that say what kind of named thing follows or is described. */
const KIND_NOUNS: Record<string, EntityLabel[]> = {};
function kinds(labels: EntityLabel[], words: string): void {
  for (const w of words.split(/\s+/)) KIND_NOUNS[w] = labels;
}
kinds(
  ["Organization", "Company"],
  "company firm corporation conglomerate group bank insurer operator producer manufacturer miner startup start-up venture subsidiary carrier airline retailer broker fund lender developer supplier contractor holding",
);
kinds(
  ["Organization"],
  "organization organisation agency association foundation union federation alliance coalition party institute institution charity body network movement consortium",
);
kinds(
  ["Organization", "StateBody"],
  "ministry government department authority authorities regulator parliament assembly senate court junta administration",
);
kinds(
  ["Organization", "ArmedGroup"],
  "militia army rebels insurgents faction battalion brigade paramilitary mercenaries",
);
kinds(["City"], "city town capital village municipality");
kinds(["Place"], "suburb district neighbourhood neighborhood area site island river mountain port");
kinds(["Region"], "region province state county");
kinds(
  ["Person"],
  "president minister leader chief ceo chairman chairwoman spokesman spokeswoman official general colonel ambassador director founder king queen prince premier governor mayor senator",
);

// The same kinds in French (lower-case words of the language, as the rules read them).
kinds(
  ["Organization", "Company"],
  "société entreprise compagnie firme banque assureur opérateur producteur fabricant constructeur filiale conglomérat",
);
kinds(
  ["Organization"],
  "organisation agence association fondation syndicat fédération coalition parti institut institution mouvement consortium",
);
kinds(
  ["Organization", "StateBody"],
  "ministère gouvernement autorité autorités parlement assemblée sénat tribunal cour junte",
);
kinds(
  ["Organization", "ArmedGroup"],
  "milice rebelles insurgés bataillon brigade mercenaires jihadistes djihadistes",
);
kinds(["City"], "ville capitale village commune municipalité");
kinds(["Place"], "quartier banlieue zone île fleuve montagne");
kinds(["Region"], "région province");
kinds(
  ["Person"],
  "président présidente ministre chef dirigeant porte-parole général colonel ambassadeur directeur directrice fondateur roi reine gouverneur maire sénateur député",
);

export function kindLabels(noun: string): EntityLabel[] | undefined {
  return KIND_NOUNS[noun.toLowerCase()];
}

/** Heads of noun phrases that name an entity without a proper name: agreements, events, facilities. */
const NOMINAL_HEADS: Record<string, EntityLabel[]> = {};
function nominal(labels: EntityLabel[], words: string): void {
  for (const w of words.split(/\s+/)) NOMINAL_HEADS[w] = labels;
}
nominal(
  ["Agreement"],
  "agreement accord treaty deal memorandum contract convention pact protocol instrument",
);
nominal(
  ["Event"],
  "visit meeting summit talks conference election ceremony attack coup negotiation trip referendum strike protest",
);
nominal(["Facility"], "refinery plant mine factory airport pipeline dam station hospital terminal smelter");
nominal(["Project"], "project programme program initiative");
nominal(["Mission"], "mission operation");
// "Myanmar's military", "the Burmese military": a country's armed forces, named by their country.
nominal(["Organization", "ArmedGroup"], "military");
nominal(
  ["Organization", "StateBody"],
  "commission committee council authorities government junta administration",
);

// The same heads in French.
nominal(["Agreement"], "accord traité contrat convention pacte protocole mémorandum");
nominal(
  ["Event"],
  "visite rencontre réunion sommet pourparlers conférence élection cérémonie attaque négociations voyage référendum grève manifestation",
);
nominal(
  ["Facility"],
  "raffinerie usine mine centrale aéroport oléoduc gazoduc barrage gare hôpital terminal",
);
nominal(["Project"], "projet programme initiative");
nominal(["Organization", "StateBody"], "commission comité conseil");

/** Determiners that say which one ("the", "this"; French "le", "la", "cette"): a described thing so marked is one thing. */
export const DEFINITE = new Set("the this that these those le la l' l’ les ce cet cette ces".split(" "));

/** The labels of a nominal head given as a lemma ("agreements" → "agreement"). */
export function nominalLabels(lemma: string): EntityLabel[] | undefined {
  return NOMINAL_HEADS[lemma.toLowerCase()];
}

/** Words after a demonym that make a country's formal name ("Russian Federation", "French Republic"). */
export const STATE_WORDS = new Set([
  "federation",
  "republic",
  "kingdom",
  "confederation",
  "state",
  "states",
  "emirates",
  "commonwealth",
  "union",
]);

/** Upper-case words that are abbreviations of the language, not names. */
export const COMMON_ABBREVIATIONS = new Set(
  "AM PM TV ID OK GDP CEO CFO COO CTO PR PC IT AI HR VIP DNA HIV AIDS FAQ USB PDF URL NB PS AD BC UTC GMT EST".split(
    " ",
  ),
);

/** Auxiliary and light verbs: they carry tense, not the relation. */
export const AUXILIARIES = new Set([
  "be",
  "have",
  "do",
  "will",
  "would",
  "can",
  "could",
  "may",
  "might",
  "shall",
  "should",
  "must",
]);

/** Verbs that report speech: they relate a speaker to what was said, not to the things said. */
export const REPORTING_VERBS = new Set(
  "say tell add note claim state report confirm warn insist argue announce explain acknowledge deny write reply comment suggest stress".split(
    " ",
  ),
);

/** Personal, possessive, demonstrative and other pronouns: they refer, they do not name. */
export const PRONOUNS = new Set(
  "i me my mine we us our ours you your yours he him his she her hers it its they them their theirs one ones this that these those who whom whose which what someone somebody anyone everyone nobody none each both all either neither itself himself herself themselves ourselves".split(
    " ",
  ),
);

/** Determiners and quantifiers that may open a noun phrase. */
export const DETERMINERS = new Set(
  "the a an this that these those some any every each no another other such many much several few most all both either neither".split(
    " ",
  ),
);

/**
 * Titles and honorifics written before a person's name ("Gen Keita", "Mr
 * Akufo-Addo"): part of the mention, not of the name.
 */
export const TITLES = new Set(
  "mr mrs ms miss mx dr mp prof professor sir dame lord lady madam madame monsieur mme sheikh sheik imam rev reverend father bishop archbishop cardinal pope president vice-president vp prime premier minister secretary chancellor governor mayor senator sen rep representative ambassador envoy king queen prince princess emir sultan general gen lt lieutenant col colonel maj capt captain cmdr commander adm admiral brig brigadier sgt sergeant cpl corporal pvt marshal chief judge deputy speaker chairman chairwoman ceo spokesman spokeswoman honourable honorable hon excellency".split(
    " ",
  ),
);

/**
 * French titles, which French writes in lower case before a name ("le
 * général Assimi Goïta", "le ministre Diop"), and its honorifics (M., Mme).
 */
export const FRENCH_TITLES = new Set(
  "général générale colonel commandant capitaine lieutenant sergent maréchal président présidente ministre député sénateur maire ambassadeur ambassadrice roi reine prince princesse cheikh émir imam pape cardinal monseigneur mgr docteur professeur juge gouverneur préfet".split(
    " ",
  ),
);
const FRENCH_HONORIFICS = new Set(["m", "mme", "mmes", "mlle", "mlles", "mm"]);

/** A title written in lower case before a name, as French writes them. */
export function isLowerCaseTitle(word: string): boolean {
  return FRENCH_TITLES.has(word);
}

/** The word without a trailing full stop ("Gen." → "gen"), lower-cased. */
export function bare(word: string): string {
  return word.toLowerCase().replace(/\.$/, "");
}

export function isTitle(word: string): boolean {
  return TITLES.has(bare(word)) || FRENCH_TITLES.has(bare(word)) || isHonorific(word);
}

/** "Mr", "Dr"; in French "M." (with its full stop: a lone "M" is an initial), "Mme". */
export function isHonorific(word: string): boolean {
  const b = bare(word);
  return HONORIFICS.has(b) || (FRENCH_HONORIFICS.has(b) && (b !== "m" || word.endsWith(".")));
}

/** Honorifics that are said only of people: whatever the NER thought, what follows is a person. */
export const HONORIFICS = new Set(
  "mr mrs ms miss mx dr sir dame madam madame monsieur mme sheikh sheik".split(" "),
);

/**
 * Adjectives and quantifiers that say nothing about which thing is meant: "a
 * new project", "extensive operations" describe a kind of thing, not one thing.
 */
export const GENERIC_MODIFIERS = new Set(
  "new extensive major minor recent further several other various possible potential such large small big huge key important significant additional future current previous existing similar certain many few more most some any overall broad wider general initial ongoing planned proposed numerous multiple".split(
    " ",
  ),
);
