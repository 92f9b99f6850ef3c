import type { EntityLabel } from "../model/annotation.ts";
import { countryOfDemonym } from "./demonyms.ts";
import {
  COMMON_ABBREVIATIONS,
  DETERMINERS,
  LABEL_FAMILIES,
  NER_LABELS,
  PRONOUNS,
  kindLabels,
  nominalLabels,
} from "./lexicon.ts";
import { featureNameMentions } from "./featureNames.ts";
import { hyphenPairMentions } from "./hyphenNames.ts";
import { listMemberMentions } from "./listNames.ts";
import { refineMentions } from "./refine.ts";
import { titledNameMentions } from "./titledNames.ts";
import type { AnalysedText, Sentence, Token } from "./text.ts";

/** One stretch of the text that names (or describes) an entity. */
export interface SuggestedMention {
  sentence: number;
  start: number;
  end: number;
  text: string;
  labels: EntityLabel[];
  /** named: a proper name; nominal: a described thing ("the first agreement"); demonym: "Malian". */
  kind: "named" | "nominal" | "demonym";
  engine: "corenlp" | "rules" | "gazetteer";
  score: number;
  /** For a demonym, the country it names. */
  country?: string;
  /** For a nominal mention, the head noun's lemma and its ordinal ("first"), if any. */
  head?: string;
  ordinal?: string;
  /** For a nominal mention, the determiner before it ("this", "the"), if any. */
  determiner?: string;
  /** For an anaphor ("the foreign company"), the earlier mention it refers to. */
  antecedent?: SuggestedMention;
  /** The name the mention gives, titles aside ("Keita" for "Gen Keita"); the text when absent. */
  name?: string;
  /** Titles before the name, inside the mention or just before it ("Gen", "President"). */
  title?: string;
  /** A described thing with nothing that says which one ("an initiative"): an entity only if referred to again. */
  generic?: boolean;
}

const ACRONYM = /^[A-Z][A-Z0-9&]*(?:-[A-Z0-9]+)*$/;
const ORDINALS = new Set([
  "first",
  "second",
  "third",
  "fourth",
  "fifth",
  "sixth",
  "seventh",
  "eighth",
  "ninth",
  "tenth",
  "last",
  "final",
  "new",
]);

function isCapitalised(token: Token): boolean {
  return /^\p{Lu}/u.test(token.text);
}

/** A token glued to a "/" belongs to a code such as a sign-off line, not to a sentence. */
function inSlashCode(text: string, start: number, end: number): boolean {
  return text[start - 1] === "/" || text[end] === "/";
}

/**
 * Mentions bucketed by sentence, so that "is this stretch already taken?"
 * looks only at its own sentence: the rules stay linear in the article's length.
 */
export class MentionSet {
  private readonly buckets = new Map<number, SuggestedMention[]>();

  constructor(
    mentions: Iterable<SuggestedMention> = [],
    private readonly keep: (m: SuggestedMention) => boolean = () => true,
  ) {
    for (const m of mentions) this.add(m);
  }

  add(m: SuggestedMention): void {
    if (!this.keep(m)) return;
    const bucket = this.buckets.get(m.sentence);
    if (bucket) bucket.push(m);
    else this.buckets.set(m.sentence, [m]);
  }

  remove(m: SuggestedMention): void {
    const bucket = this.buckets.get(m.sentence);
    if (bucket?.includes(m)) bucket.splice(bucket.indexOf(m), 1);
  }

  overlapping(sentence: number, start: number, end: number): SuggestedMention | undefined {
    return this.buckets.get(sentence)?.find((m) => m.start < end && start < m.end);
  }

  /** Mentions of the sentences from `first` to `last`, in text order. */
  between(first: number, last: number): SuggestedMention[] {
    const out: SuggestedMention[] = [];
    for (let i = first; i <= last; i++) out.push(...(this.buckets.get(i) ?? []));
    return out.sort((a, b) => a.start - b.start);
  }
}

const GOVERNMENT_OF = /^ (?:administration|government)\b/;

/** Mentions from CoreNLP's entity classes, pronouns and codes left out, demonyms tied to their country. */
function nerMentions(analysed: AnalysedText): SuggestedMention[] {
  const out: SuggestedMention[] = [];
  for (const m of analysed.ner) {
    if (inSlashCode(analysed.text, m.start, m.end)) continue;
    if (!/\p{Lu}/u.test(m.text)) continue; // "he", "his", "president": not names
    const base = {
      sentence: m.sentence,
      start: m.start,
      end: m.end,
      text: m.text,
      engine: "corenlp" as const,
    };
    if (m.ner === "NATIONALITY") {
      const country = countryOfDemonym(m.text);
      if (country) out.push({ ...base, labels: ["Country"], kind: "demonym", country, score: m.confidence });
      continue;
    }
    const labels = NER_LABELS[m.ner];
    const government = m.ner === "PERSON" ? GOVERNMENT_OF.exec(analysed.text.slice(m.end, m.end + 20)) : null;
    if (government) {
      // "the Obama administration", "the Macron government": the state body a leader heads, not the leader.
      const end = m.end + government[0].length;
      out.push({
        ...base,
        end,
        text: analysed.text.slice(m.start, end),
        labels: ["Organization", "StateBody"],
        kind: "named",
        score: m.confidence,
      });
    } else if (labels) out.push({ ...base, labels: [...labels], kind: "named", score: m.confidence });
  }
  return out;
}

/** Demonyms the NER did not tag (or that no NER saw, without CoreNLP). */
function lexiconDemonyms(analysed: AnalysedText, mentions: readonly SuggestedMention[]): SuggestedMention[] {
  const taken = new MentionSet(mentions);
  const out: SuggestedMention[] = [];
  // French writes demonyms in lower case ("l'armée malienne"); English capitalises them.
  const anyCase = analysed.language === "fr";
  for (const sentence of analysed.sentences) {
    for (const token of sentence.tokens) {
      if (!(anyCase || isCapitalised(token)) || taken.overlapping(sentence.index, token.start, token.end))
        continue;
      const country = countryOfDemonym(token.text);
      if (!country) continue;
      out.push({
        sentence: sentence.index,
        start: token.start,
        end: token.end,
        text: token.text,
        labels: ["Country"],
        kind: "demonym",
        country,
        engine: "rules",
        score: 0.7,
      });
    }
  }
  return out;
}

/** Upper-case names (MINUSMA, ABC-SA) that the NER missed: organisations, most often. */
function acronymMentions(analysed: AnalysedText, mentions: SuggestedMention[]): SuggestedMention[] {
  const taken = new MentionSet(mentions);
  const out: SuggestedMention[] = [];
  for (const sentence of analysed.sentences) {
    const letters = sentence.tokens.filter((t) => /\p{L}/u.test(t.text));
    // A headline or a line in capitals says nothing about which words are names.
    if (letters.length > 3 && letters.every((t) => t.text === t.text.toUpperCase())) continue;
    const tokens = sentence.tokens;
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i]!;
      // Tokenizers split "ABC-SA" into ABC, -, SA: glued pieces are one name.
      let end = i;
      while (
        tokens[end + 2] &&
        tokens[end + 1]!.text === "-" &&
        tokens[end + 1]!.start === tokens[end]!.end &&
        tokens[end + 2]!.start === tokens[end + 1]!.end &&
        ACRONYM.test(tokens[end + 2]!.text)
      )
        end += 2;
      const start = token.start;
      const stop = tokens[end]!.end;
      const text = analysed.text.slice(start, stop);
      const upper = text.replace(/[^A-Z]/g, "").length;
      if (upper < 2 || !ACRONYM.test(text) || COMMON_ABBREVIATIONS.has(text)) continue;
      if (inSlashCode(analysed.text, start, stop)) continue;
      const inside = taken.overlapping(sentence.index, start, stop);
      if (
        inside &&
        !(inside.start >= start && inside.end <= stop && inside.end - inside.start < stop - start)
      )
        continue;
      if (countryOfDemonym(text)) continue;
      if (inside) {
        // A piece of the code ("SA" of "ABC-SA") gives way to the whole.
        mentions.splice(mentions.indexOf(inside), 1);
        taken.remove(inside);
      }
      i = end;
      out.push({
        sentence: sentence.index,
        start,
        end: stop,
        text,
        labels: ["Organization"],
        kind: "named",
        engine: "rules",
        score: 0.6,
      });
    }
  }
  return out;
}

/** The run of capitalised tokens starting at i (proper-noun tags when known). */
function properRun(tokens: readonly Token[], i: number): number {
  let j = i;
  while (j < tokens.length) {
    const t = tokens[j]!;
    const proper = t.pos ? t.pos.startsWith("NNP") : isCapitalised(t);
    if (!proper || !isCapitalised(t)) break;
    j++;
  }
  return j;
}

function sameFamily(a: readonly EntityLabel[], b: readonly EntityLabel[]): boolean {
  const family = LABEL_FAMILIES.find((f) => f.includes(a[0]!));
  return !!family && b.every((l) => family.includes(l));
}

function addLabels(mention: SuggestedMention, labels: readonly EntityLabel[]): void {
  for (const label of labels) if (!mention.labels.includes(label)) mention.labels.push(label);
}

/**
 * "the (Russian) company X", "President X": a kind noun right before a proper
 * name says what the name is. Adds the name when the NER missed it.
 */
function designatorMentions(analysed: AnalysedText, mentions: SuggestedMention[]): SuggestedMention[] {
  const taken = new MentionSet(mentions);
  const out: SuggestedMention[] = [];
  for (const sentence of analysed.sentences) {
    const tokens = sentence.tokens;
    for (let i = 0; i < tokens.length - 1; i++) {
      const token = tokens[i]!;
      if (token.pos && !token.pos.startsWith("NN")) continue;
      const labels = kindLabels(token.lemma) ?? kindLabels(token.text);
      if (!labels || isCapitalised(token)) continue;
      // French puts the adjectives after the noun: "la société russe Yadran".
      let first = i + 1;
      while (tokens[first]?.pos === "JJ" && !isCapitalised(tokens[first]!)) first++;
      const end = properRun(tokens, first);
      if (end === first) continue;
      const start = tokens[first]!.start;
      const stop = tokens[end - 1]!.end;
      const existing = taken.overlapping(sentence.index, start, stop);
      if (existing) {
        if (existing.kind !== "named" || existing.start !== start) continue;
        // French NER calls many companies and armed groups persons or places: "la société X" says what X is.
        const rival =
          analysed.language === "fr" && existing.engine === "corenlp" && !sameFamily(existing.labels, labels);
        if (rival) existing.labels = [...labels];
        else addLabels(existing, labels);
        continue;
      }
      if (inSlashCode(analysed.text, start, stop)) continue;
      const mention: SuggestedMention = {
        sentence: sentence.index,
        start,
        end: stop,
        text: analysed.text.slice(start, stop),
        labels: [...labels],
        kind: "named",
        engine: "rules",
        score: 0.65,
      };
      out.push(mention);
      taken.add(mention);
    }
  }
  return out;
}

/**
 * "X, a suburb of Y", "Safaricom, the country's largest operator": the noun of
 * an apposition says what X is. Adds the labels to X's mention, or makes the
 * mention when no engine saw X (a proper name, by its tags or its capitals).
 */
function appositions(analysed: AnalysedText, mentions: SuggestedMention[]): SuggestedMention[] {
  const taken = new MentionSet(mentions);
  const out: SuggestedMention[] = [];
  for (const sentence of analysed.sentences) {
    const tokens = sentence.tokens;
    tokens.forEach((comma, c) => {
      const article = /^(a|an|the|la|le|l['’]|un|une)$/i;
      if (comma.text !== "," || c === 0 || !article.test(tokens[c + 1]?.text ?? "")) return;
      let head: Token | undefined;
      for (let i = c + 2; i < tokens.length; i++) {
        const t = tokens[i]!;
        const modifier = t.pos === "" ? /^[\p{Ll}'’]/u.test(t.text) : /^(JJ|NN|VBN|VBG|POS|RBS)/.test(t.pos);
        if (!modifier || /^NNP/.test(t.pos)) break;
        if (kindLabels(t.lemma)) {
          head = t;
          break;
        }
      }
      const labels = head ? kindLabels(head.lemma) : undefined;
      if (!labels) return;
      const before = tokens[c - 1]!;
      const existing = taken.overlapping(sentence.index, before.start, before.end);
      if (existing) {
        if (existing.kind !== "named") return;
        if (labels.includes("Person") === existing.labels.includes("Person")) addLabels(existing, labels);
        // "Kharkiv, la deuxième ville d'Ukraine": the French NER's class gives way to what the text says X is.
        else if (analysed.language === "fr" && existing.engine === "corenlp") existing.labels = [...labels];
        return;
      }
      let first = c - 1;
      const proper = (t: Token) => isCapitalised(t) && (t.pos ? /^NNP/.test(t.pos) : true);
      while (first > 0 && proper(tokens[first - 1]!)) first--;
      if (!proper(tokens[first]!) || (tokens[first]!.pos === "" && first === 0 && first === c - 1)) return;
      if (taken.overlapping(sentence.index, tokens[first]!.start, before.end)) return;
      const mention: SuggestedMention = {
        sentence: sentence.index,
        start: tokens[first]!.start,
        end: before.end,
        text: analysed.text.slice(tokens[first]!.start, before.end),
        labels: [...labels],
        kind: "named",
        engine: "rules",
        score: 0.6,
      };
      out.push(mention);
      taken.add(mention);
    });
  }
  return out;
}

function isDeterminer(t: Token | undefined): boolean {
  if (!t) return false;
  if (t.pos) return ["DT", "PRP$", "POS", "WP$"].includes(t.pos) || /^(its|their|his|her)$/i.test(t.text);
  return (
    /^(the|a|an|this|that|these|those|its|their|his|her|our|le|la|les|l['’]|un|une|ce|cet|cette|ces|son|sa|ses|leur|leurs)$/i.test(
      t.text,
    ) || /['’]s$/.test(t.text)
  );
}

function isModifier(t: Token, next: Token | undefined, text: string): boolean {
  // Pieces of a hyphenated compound ("one-on-one", "long-term").
  if (t.text === "-" || text[t.start - 1] === "-" || text[t.end] === "-")
    return /^[\p{L}\p{N}-]+$/u.test(t.text);
  if (t.pos) {
    if (t.pos === "RB") return !!next && /^(JJ|VBN)/.test(next.pos);
    return /^(JJ|NN|VBN|HYPH)/.test(t.pos) && !/^NNP$/.test(t.pos);
  }
  return (
    /^[\p{Ll}-]+$/u.test(t.text) &&
    !/^(the|a|an|of|and|or|in|on|at|to|by|with|for)$/.test(t.text) &&
    // French articles, prepositions and conjunctions, and a verb's past participle ("signé").
    !/^(le|la|les|l['’]|un|une|des|du|de|d['’]|à|au|aux|en|et|ou|avec|pour|par|sur|dans|que|qu['’]|qui|a|est|ont|sont|\p{L}+é(e?s?))$/u.test(
      t.text,
    ) &&
    !PRONOUNS.has(t.text) &&
    !DETERMINERS.has(t.text)
  );
}

/**
 * Noun phrases headed by a word that names a kind of event, agreement,
 * facility, project, mission or commission, with a determiner or an ordinal
 * before them: "the first agreement", "a one-on-one meeting", "the refinery".
 * A plural counted by a number ("three agreements") is a set, not one entity.
 */
function nominalMentions(analysed: AnalysedText, mentions: readonly SuggestedMention[]): SuggestedMention[] {
  // A demonym may qualify a described thing ("the French missions"); any other mention inside means it is not one thing.
  const blocking = new MentionSet(mentions, (m) => m.kind !== "demonym");
  const out: SuggestedMention[] = [];
  for (const sentence of analysed.sentences) {
    const tokens = sentence.tokens;
    tokens.forEach((token, h) => {
      if (token.pos && !/^NNS?$/.test(token.pos)) return;
      const labels = nominalLabels(token.lemma) ?? nominalLabels(token.text.toLowerCase().replace(/s$/, ""));
      if (!labels) return;
      if (tokens[h + 1] && (tokens[h + 1]!.pos ? /^NN/.test(tokens[h + 1]!.pos) : false)) return; // not the head
      let first = h;
      const named = (t: Token | undefined) => !!t && !!blocking.overlapping(sentence.index, t.start, t.end);
      // A participle after an auxiliary is the verb ("have signed energy agreements"), not a modifier.
      const verb = (k: number) => tokens[k]!.pos === "VBN" && /^(have|be)$/.test(tokens[k - 1]?.lemma ?? "");
      while (
        first > 0 &&
        !named(tokens[first - 1]) &&
        !verb(first - 1) &&
        isModifier(tokens[first - 1]!, tokens[first], analysed.text)
      )
        first--;
      const before = tokens[first - 1];
      const cardinal =
        before?.pos === "CD" ||
        /^(two|three|four|five|six|seven|eight|nine|ten|\d+)$/i.test(before?.text ?? "");
      if (cardinal) return;
      // A name before it says which one, as a determiner does: "the Portugal-Brazil agreement"; so
      // do nouns before a plural ("signed energy cooperation agreements", "held peace talks").
      const described = token.pos === "NNS" && tokens.slice(first, h).some((t) => /^NNS?$/.test(t.pos));
      if (!isDeterminer(before) && !named(before) && !ORDINALS.has(tokens[first]?.lemma ?? "") && !described)
        return;
      let d = first - 1;
      while (d > 0 && (named(tokens[d]) || tokens[d]!.text === "-")) d--;
      const determiner = isDeterminer(tokens[d]) ? tokens[d] : undefined;
      const start = tokens[first]!.start;
      if (blocking.overlapping(sentence.index, start, token.end)) return;
      const ordinal = tokens.slice(first, h).find((t) => ORDINALS.has(t.lemma))?.lemma;
      const mention: SuggestedMention = {
        sentence: sentence.index,
        start,
        end: token.end,
        text: analysed.text.slice(start, token.end),
        labels: [...labels],
        kind: "nominal",
        engine: "rules",
        score: 0.45,
        head: token.lemma.replace(/s$/, "") || token.text.toLowerCase(),
        ...(ordinal ? { ordinal } : {}),
        ...(determiner ? { determiner: determiner.text.toLowerCase() } : {}),
      };
      out.push(mention);
      blocking.add(mention);
    });
  }
  return out;
}

const ANAPHOR_SENTENCES = 3;
/** "the country", "the nation": the latest country named (kept out of the kind nouns, which name what follows them). */
const COUNTRY_NOUNS = new Set(["country", "nation"]);

/**
 * "the foreign company", "the firm": a kind noun after "the" with no name
 * after it refers back to the latest entity of that kind named in the last
 * few sentences.
 */
function kindAnaphors(analysed: AnalysedText, mentions: readonly SuggestedMention[]): SuggestedMention[] {
  const taken = new MentionSet(mentions);
  const out: SuggestedMention[] = [];
  for (const sentence of analysed.sentences) {
    const tokens = sentence.tokens;
    tokens.forEach((token, h) => {
      if (token.pos && !/^NNS?$/.test(token.pos)) return;
      const country = COUNTRY_NOUNS.has(token.lemma);
      const labels = country ? (["Country"] as EntityLabel[]) : kindLabels(token.lemma);
      const specific = labels?.[labels.length - 1];
      // Only kinds specific enough to point back: a company, a ministry, a militia, a country; not "the organisation".
      if (!labels || !specific || (labels.length < 2 && !country) || isCapitalised(token)) return;
      const next = tokens[h + 1];
      if (next && (isCapitalised(next) || /^NN/.test(next.pos) || /^(of|that|which|who)$/i.test(next.text)))
        return;
      let first = h;
      while (first > 0 && /^JJ/.test(tokens[first - 1]!.pos)) first--;
      if (tokens[first - 1]?.text.toLowerCase() !== "the") return;
      const start = tokens[first]!.start;
      if (taken.overlapping(sentence.index, start, token.end)) return;
      const antecedent = taken
        .between(sentence.index - ANAPHOR_SENTENCES, sentence.index)
        .filter((m) => m.kind === "named" && m.end <= start && m.labels.includes(specific))
        .pop();
      if (!antecedent) return;
      out.push({
        sentence: sentence.index,
        start,
        end: token.end,
        text: analysed.text.slice(start, token.end),
        labels: [...antecedent.labels],
        kind: "named",
        engine: "rules",
        score: 0.4,
        antecedent,
      });
    });
  }
  return out;
}

/** Every mention the NER and the rules find, in text order. */
export function findMentions(analysed: AnalysedText): SuggestedMention[] {
  let mentions = nerMentions(analysed);
  mentions.push(...lexiconDemonyms(analysed, mentions));
  mentions.push(...acronymMentions(analysed, mentions));
  mentions.push(...designatorMentions(analysed, mentions));
  mentions.push(...appositions(analysed, mentions));
  mentions.push(...featureNameMentions(analysed, mentions));
  mentions = listMemberMentions(analysed, mentions);
  mentions.push(...hyphenPairMentions(analysed, mentions));
  mentions.push(...titledNameMentions(analysed, mentions));
  mentions.sort((a, b) => a.start - b.start);
  mentions.push(...kindAnaphors(analysed, mentions));
  mentions.push(...nominalMentions(analysed, mentions));
  return refineMentions(analysed, mentions).sort((a, b) => a.start - b.start || b.end - a.end);
}

export type { Sentence };
