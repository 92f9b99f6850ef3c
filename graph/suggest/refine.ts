import { foldName } from "../lexical/fold.ts";
import type { EntityLabel } from "../model/annotation.ts";
import { isBareWord } from "./bareWords.ts";
import { countryNamed, countryOfDemonym } from "./demonyms.ts";
import {
  DEFINITE,
  GENERIC_MODIFIERS,
  isHonorific,
  isLowerCaseTitle,
  isTitle,
  kindLabels,
} from "./lexicon.ts";
import type { SuggestedMention } from "./mentions.ts";
import type { AnalysedText } from "./text.ts";

/** Conflicting evidence (NER said one thing, a rule another) lowers a mention's score by this much. */
const CONFLICT = 0.8;
const capitalised = (w: string) => /^\p{Lu}/u.test(w);

/** The words of each mention the NER or the rules took for a person: a title before one of them names that person. */
function personWords(mentions: readonly SuggestedMention[]): Set<string> {
  const out = new Set<string>();
  for (const m of mentions) {
    if (m.kind !== "named" || !m.labels.includes("Person")) continue;
    for (const w of foldName(m.text).split(" ")) if (!isTitle(w)) out.add(w);
  }
  return out;
}

/**
 * "Gen Keita", "Mr. Akufo-Addo", "President Goïta": the title stays in the
 * mention's text, the name without it is the mention's identity. A title makes
 * the mention a person's when the NER said so, when the title is said only of
 * people (Mr, Dr), or when the rest is a word of a person the text names.
 */
function withTitle(analysed: AnalysedText, m: SuggestedMention, people: Set<string>): SuggestedMention {
  if (m.kind !== "named") return m;
  const words = [...m.text.matchAll(/\S+/g)];
  let i = 0;
  while (i < words.length - 1 && capitalised(words[i]![0]) && isTitle(words[i]![0])) i++;
  let title: string | undefined;
  let name = m.text;
  if (i > 0) {
    title = m.text.slice(0, words[i]!.index).trim();
    name = m.text.slice(words[i]!.index);
  } else {
    // The NER often leaves the title out of the mention ("Gen" O, "Keita" PERSON).
    const before = /(\S+)\s+$/u.exec(analysed.text.slice(Math.max(0, m.start - 40), m.start))?.[1];
    if (before && (capitalised(before) ? isTitle(before) : isLowerCaseTitle(before))) title = before;
  }
  if (!title) return m;
  const person =
    m.labels.includes("Person") ||
    title.split(/\s+/).some(isHonorific) ||
    foldName(name)
      .split(" ")
      .every((w) => people.has(w));
  if (!person) return m;
  return {
    ...m,
    name,
    title,
    labels: ["Person"],
    score: m.labels.includes("Person") ? m.score : m.score * CONFLICT,
  };
}

const PAIR = /^([^\s\-–—/]+(?: [^\s\-–—/]+)*?)(\s*[-–—/]\s*)([^\s\-–—/]+(?: [^\s\-–—/]+)*)$/u;

/**
 * "a Mali-Niger collaboration", "the U.S.-Philippines alliance": a named
 * mention made of two names the text or the country list knows, joined by a
 * hyphen, a dash or a slash, is two mentions, one for each.
 */
function splitPair(
  m: SuggestedMention,
  known: ReadonlyMap<string, SuggestedMention>,
  language: string | undefined,
): SuggestedMention[] {
  if (m.kind !== "named") return [m];
  const parts = PAIR.exec(m.text);
  if (!parts) return [m];
  const [, first, joint, second] = parts as unknown as [string, string, string, string];
  if (!capitalised(first) || !capitalised(second)) return [m];
  const labelsOf = (part: string): EntityLabel[] | undefined =>
    countryNamed(part, language) ? ["Country"] : known.get(foldName(part))?.labels;
  const a = labelsOf(first);
  const b = labelsOf(second);
  if (!a || !b) return [m];
  const secondStart = m.start + first.length + joint.length;
  return [
    { ...m, start: m.start, end: m.start + first.length, text: first, labels: [...a] },
    { ...m, start: secondStart, end: m.end, text: second, labels: [...b] },
  ];
}

const POSSESSIVE = /^(.+?)['’]s (\p{Lu}.*)$/u;

/**
 * "the U.S. Department of the Treasury's Office of Foreign Assets Control": the NER
 * may tag an organisation and the office it owns as one name. Cut at the possessive
 * when the owner is itself a name of an organisation (a word of its kind, such as
 * "Department") or a country's, and what it owns has two words or more; a name
 * made with a possessive ("People's Movement", "Children's Fund") stays whole.
 */
function splitPossessive(m: SuggestedMention, language: string | undefined): SuggestedMention[] {
  if (m.kind !== "named" || !m.labels.includes("Organization")) return [m];
  const parts = POSSESSIVE.exec(m.text);
  if (!parts) return [m];
  const [, owner, owned] = parts as unknown as [string, string, string];
  const ownerWords = owner.split(/\s+/);
  const kind = ownerWords.some((w) => capitalised(w) && kindLabels(w)?.includes("Organization"));
  if (!(kind || countryNamed(owner, language)) || owned.split(/\s+/).length < 2) return [m];
  const ownedStart = m.end - owned.length;
  return [
    { ...m, end: m.start + owner.length, text: owner, name: owner, labels: kind ? m.labels : ["Country"] },
    { ...m, start: ownedStart, text: owned, name: owned },
  ];
}

/**
 * A name that is a country's is a Country, whatever the NER said; disagreeing lowers the score.
 * In a French text the country's French names count too ("Russie").
 */
function checkCountry(m: SuggestedMention, language: string | undefined): SuggestedMention {
  if (m.kind !== "named") return m;
  const country = countryNamed(m.name ?? m.text, language);
  if (!country || countryOfDemonym(m.text)) return m;
  if (m.labels.length === 1 && m.labels[0] === "Country") return { ...m, country };
  return { ...m, country, labels: ["Country"], score: m.score * CONFLICT };
}

/**
 * A described thing with nothing that says which one: "an initiative", "a
 * new project", "its extensive operations". Kept: a definite singular ("the
 * deal", "this refinery"), a singular with its owner ("the country's general
 * election"), an ordinal ("the first agreement"), or a word that
 * tells it apart ("a one-on-one meeting", "the French missions").
 */
function isGeneric(analysed: AnalysedText, m: SuggestedMention): boolean {
  if (m.kind !== "nominal") return false;
  if (m.ordinal && m.ordinal !== "new") return false;
  const sentence = analysed.sentences.find((s) => s.index === m.sentence);
  const words = (sentence?.tokens ?? []).filter((t) => t.start >= m.start && t.end <= m.end);
  const head = words[words.length - 1];
  const plural = !!head && (head.pos ? head.pos === "NNS" : /[^s]s$/i.test(head.text));
  const definite = DEFINITE.has(m.determiner ?? "");
  if (definite && (!plural || !/^(the|les)$/.test(m.determiner ?? ""))) return false;
  // An owner tells a singular thing apart: "the country's general election", "its first refinery".
  const possessive = /^(its|their|his|her|our)$|['’]s?$/.test(m.determiner ?? "");
  if (possessive && !plural) return false;
  const modifiers = words.slice(0, -1).filter((t) => /[\p{L}\p{N}]/u.test(t.text));
  return modifiers.every(
    (t) => GENERIC_MODIFIERS.has(t.lemma) || GENERIC_MODIFIERS.has(t.text.toLowerCase()),
  );
}

/**
 * "South China Sea", "Antonio Bautista Air Base": the NER sometimes cuts one
 * name into pieces of different classes ("South" LOCATION, "China" COUNTRY,
 * "Sea" LOCATION). Named mentions of one sentence with only a space between
 * them are one name, of the class of its last piece (the head).
 */
function joinPieces(analysed: AnalysedText, mentions: readonly SuggestedMention[]): SuggestedMention[] {
  const out: SuggestedMention[] = [];
  for (const m of [...mentions].sort((a, b) => a.start - b.start || b.end - a.end)) {
    const last = out[out.length - 1];
    const adjacent =
      last &&
      last.kind === "named" &&
      m.kind === "named" &&
      last.engine === "corenlp" &&
      m.engine === "corenlp" &&
      last.sentence === m.sentence &&
      analysed.text.slice(last.end, m.start) === " ";
    if (!adjacent) {
      out.push(m);
      continue;
    }
    out[out.length - 1] = {
      ...m,
      start: last.start,
      text: analysed.text.slice(last.start, m.end),
      score: Math.min(last.score, m.score),
    };
  }
  return out;
}

/**
 * The last pass over the mentions the NER and the rules found: titles aside
 * for identity, pairs of names split, country names checked, nothing left
 * that is only a pronoun, a determiner or a title, and generic descriptions
 * marked (they make an entity only when something refers to them again).
 */
export function refineMentions(
  analysed: AnalysedText,
  mentions: readonly SuggestedMention[],
): SuggestedMention[] {
  const joined = joinPieces(analysed, mentions);
  const people = personWords(joined);
  const titled = joined.map((m) => withTitle(analysed, m, people));
  const known = new Map<string, SuggestedMention>();
  for (const m of titled)
    if (m.kind === "named" && !PAIR.test(m.text)) known.set(foldName(m.name ?? m.text), m);
  return titled
    .flatMap((m) => splitPair(m, known, analysed.language))
    .flatMap((m) => splitPossessive(m, analysed.language))
    .map((m) => checkCountry(m, analysed.language))
    .filter((m) => !(m.kind === "named" && isBareWord(m.name ?? m.text, analysed.language)))
    .map((m) => (isGeneric(analysed, m) ? { ...m, generic: true } : m));
}
