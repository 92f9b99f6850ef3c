import type { EntityLabel } from "../model/annotation.ts";
import type { Span } from "../model/draft.ts";
import { conjunctRelations } from "./conjuncts.ts";
import { frenchReadings } from "./frenchGrammar.ts";
import { grammarRelation, parseOf, tokensWithin } from "./grammar.ts";
import { AUXILIARIES, REPORTING_VERBS, kindLabels } from "./lexicon.ts";
import type { SuggestedMention } from "./mentions.ts";
import type { Occurrence, RelationGuess } from "./relationGuess.ts";
import { vocabularyType } from "./relationTypes.ts";
import type { AnalysedText, Sentence, Token } from "./text.ts";
import { pushTo } from "./multimap.ts";

export type { Occurrence, RelationGuess };

type WindowGuess = Omit<RelationGuess, "source">;

const PLACES: readonly EntityLabel[] = ["Country", "City", "Place", "Region"];
const LOCATIVE = new Set(["in", "at", "near", "inside", "outside"]);
const MAX_GAP = 30;
const FRENCH_RELATIVES = new Set(["qui", "dont", "lequel", "laquelle", "lesquels", "lesquelles"]);
/** How many mentions apart two entities of a sentence may be to be related. */
const WINDOW = 3;

function isVerb(t: Token): boolean {
  if (t.pos) return t.pos.startsWith("VB");
  return /^\p{Ll}+(ed|es)$/u.test(t.text);
}

function isPreposition(t: Token | undefined): boolean {
  if (!t) return false;
  if (t.pos) return t.pos === "IN" || t.pos === "TO" || t.pos === "RP";
  return /^(in|at|on|with|to|from|by|for|of|into|over|under|against|between)$/i.test(t.text);
}

function isNoun(t: Token): boolean {
  return t.pos ? /^NNS?$/.test(t.pos) : /^\p{Ll}+$/u.test(t.text);
}

function gapTokens(sentence: Sentence, a: SuggestedMention, b: SuggestedMention): Token[] {
  return sentence.tokens.filter((t) => t.start >= a.end && t.end <= b.start);
}

function span(text: string, start: number, end: number): Span {
  return { start, end, text: text.slice(start, end) };
}

/** The type, direction and trigger for two entities a sentence names, or undefined when no pattern holds. */
function guess(
  text: string,
  sentence: Sentence,
  a: Occurrence,
  b: Occurrence,
  types: readonly string[],
): WindowGuess | undefined {
  const gap = gapTokens(sentence, a.mention, b.mention);
  // A semicolon ends a clause; a quotation mark separates a speaker from what is quoted.
  if (gap.length > MAX_GAP || gap.some((t) => /^[;"“”«»]$|^''$|^``$/.test(t.text))) return undefined;
  const evidence = span(text, a.mention.start, b.mention.end);
  const penalty = gap.length / 100;
  /** A guess from one end to the other, with the stretch of text between them as its evidence. */
  const said = (from: string, to: string, type: string, trigger: string, score: number): WindowGuess => ({
    from,
    to,
    type,
    trigger,
    evidence,
    score,
  });

  // A verb between them: "X signed Y", "X was founded by Y", "X has signed with Y".
  const verbs = gap.filter(isVerb);
  const main = [...verbs].reverse().find((t) => !AUXILIARIES.has(t.lemma)) ?? undefined;
  if (main) {
    // "X a signé avec Y, qui dirige Z": the verb after a relative pronoun is said of Y, not of X
    // (right after X, as in "X, qui dirige Z", it is said of X).
    const relative = gap.findIndex(
      (t, i) => i < gap.indexOf(main) && FRENCH_RELATIVES.has(t.text.toLowerCase()),
    );
    if (relative > (gap[0]?.text === "," ? 1 : 0)) return undefined;
    const rest = gap.slice(gap.indexOf(main) + 1);
    // "said that X ...", "told reporters, ... Y": the verb's clause does not reach Y.
    if (rest.some((t) => t.text === ",")) return undefined;
    if (REPORTING_VERBS.has(main.lemma) && rest.some((t) => t.lemma === "that")) return undefined;
    const after = rest[0];
    const prep = isPreposition(after) ? after!.text.toLowerCase() : undefined;
    const passive =
      prep === "by" &&
      (main.pos === "VBN" || main.pos === "") &&
      gap.some((t) => t.lemma === "be" && t.start < main.start);
    // The lemma first, then the word as written ("taking" → take), then its preposition.
    const verb = /^(VBG|VB|VBP)$/.test(main.pos) ? main.lemma : main.text;
    const type = vocabularyType([main.lemma, verb, ...(prep && !passive ? [prep] : [])], types);
    const trigger = text.slice(main.start, prep && !passive ? after!.end : main.end);
    const predicate = main.start;
    return passive
      ? { from: b.entity, to: a.entity, type, trigger, evidence, score: 0.6 - penalty, predicate }
      : { from: a.entity, to: b.entity, type, trigger, evidence, score: 0.65 - penalty, predicate };
  }
  if (verbs.length > 0) {
    // Only "is", "was", "has": the noun after it names the relation ("X was the creation of Y").
    const last = verbs[verbs.length - 1]!;
    const rest = gap.slice(gap.indexOf(last) + 1);
    const prep = rest.findIndex((t) => isPreposition(t));
    const noun = prep > 0 ? rest[prep - 1] : undefined;
    if (!noun || !isNoun(noun) || !rest.slice(0, prep).every((t) => isNoun(t) || /^(JJ|DT)/.test(t.pos)))
      return undefined;
    const type = vocabularyType([noun.lemma, rest[prep]!.text], types);
    return said(a.entity, b.entity, type, `${noun.text} ${rest[prep]!.text}`, 0.5 - penalty);
  }

  const words = gap.map((t) => t.text.toLowerCase());
  const bNominal = b.mention.kind === "nominal";
  const isEvent = (o: Occurrence) => o.mention.kind === "nominal" && o.labels.includes("Event");
  const isPlace = (o: Occurrence) => o.labels.some((l) => PLACES.includes(l));
  const isPerson = (o: Occurrence) => o.labels.includes("Person");

  if (/^['’]s$/.test(words[0] ?? "")) {
    const rest = gap.slice(1);
    // "X’s official visit": X takes part in the event.
    if (rest.length === 0 && isEvent(b) && isPerson(a)) {
      return said(a.entity, b.entity, "PARTICIPATED_IN", a.mention.text, 0.55);
    }
    // "X’s junta leader Y", "X’s President Y": Y is the leader of X.
    if (rest.length > 0 && rest.every((t) => isNoun(t) || !!kindLabels(t.lemma)?.includes("Person"))) {
      const noun = rest[rest.length - 1]!;
      const type = vocabularyType([noun.lemma, noun.text], types);
      return said(b.entity, a.entity, type, noun.text, 0.55 - penalty);
    }
    // "X’s 38% stake in Y": X has a stake in Y.
    const last = rest[rest.length - 1];
    const noun = rest[rest.length - 2];
    if (last && noun && isPreposition(last) && isNoun(noun) && rest.slice(0, -1).every((t) => !isVerb(t))) {
      const prep = last.text.toLowerCase();
      const type = vocabularyType([noun.lemma, prep], types);
      return said(a.entity, b.entity, type, `${noun.text} ${prep}`, 0.5 - penalty);
    }
  }
  // "X, a suburb of Y": X is a suburb of Y.
  if (words[0] === "," && /^(a|an|the)$/.test(words[1] ?? "") && isPreposition(gap[gap.length - 1])) {
    const nouns = gap.slice(2, -1);
    const noun = nouns[nouns.length - 1];
    if (noun && nouns.every((t) => isNoun(t) || /^JJ/.test(t.pos))) {
      const prep = gap[gap.length - 1]!.text.toLowerCase();
      const type = vocabularyType([noun.lemma, prep], types);
      return said(a.entity, b.entity, type, `${noun.text} ${prep}`, 0.55 - penalty);
    }
  }
  // "the visit to Russia": where an event takes place.
  if (isEvent(a) && isPlace(b) && gap.length <= 2 && /^(in|at|to)$/.test(words[0] ?? "")) {
    return said(a.entity, b.entity, "TOOK_PLACE_IN", gap[0]!.text, 0.5);
  }
  // "a meeting with Y", "the visit ... of Y": a person takes part in the event.
  if (isEvent(a) && isPerson(b) && words.some((w) => /^(of|with|by|between)$/.test(w))) {
    return said(
      b.entity,
      a.entity,
      "PARTICIPATED_IN",
      words.find((w) => /^(of|with|by|between)$/.test(w))!,
      0.45 - penalty,
    );
  }
  // "the refinery in Senou": located in a place.
  if (
    gap.length >= 1 &&
    gap.length <= 2 &&
    LOCATIVE.has(words[0]!) &&
    (gap.length === 1 || /^(the|a)$/.test(words[1]!))
  ) {
    if (isPlace(b) && !isPlace(a)) {
      return said(a.entity, b.entity, "LOCATED_IN", gap[0]!.text, 0.5 - penalty);
    }
  }
  // "the Russian company Yadran", "his Russian counterpart, Vladimir Putin", "the French missions".
  if (a.mention.kind === "demonym" && gap.every((t) => isNoun(t) || /^JJ/.test(t.pos) || t.text === ",")) {
    if (isPerson(b)) {
      return said(b.entity, a.entity, "CITIZEN_OF", a.mention.text, 0.45);
    }
    if (bNominal) {
      return said(a.entity, b.entity, "PARTICIPATED_IN", a.mention.text, 0.45);
    }
    if (b.labels.some((l) => ["Organization", "Company", "Facility", "Project"].includes(l))) {
      return said(b.entity, a.entity, "BASED_IN", a.mention.text, 0.5);
    }
  }
  // "X, under the direct authority of Y": the words between name the relation.
  const core = (words[0] === "," ? gap.slice(1) : gap).filter((t) => t.end <= b.mention.start);
  while (
    core.length > 0 &&
    (/^DT$/.test(core[core.length - 1]!.pos) || /^\p{Lu}/u.test(core[core.length - 1]!.text))
  )
    core.pop();
  if (core.length >= 3 && isPreposition(core[0]) && isPreposition(core[core.length - 1])) {
    const middle = core.slice(1, -1);
    const noun = middle[middle.length - 1]!;
    if (isNoun(noun) && middle.every((t) => isNoun(t) || /^(JJ|DT)/.test(t.pos))) {
      const type = vocabularyType([noun.lemma, core[0]!.text, core[core.length - 1]!.text], types);
      return said(
        a.entity,
        b.entity,
        type,
        text.slice(core[0]!.start, core[core.length - 1]!.end),
        0.45 - penalty,
      );
    }
  }
  // "partnership between X and Y".
  const before = sentence.tokens.filter((t) => t.end <= a.mention.start);
  const between = before[before.length - 1];
  if (between?.text.toLowerCase() === "between" && words.length === 1 && words[0] === "and") {
    const noun = before[before.length - 2];
    if (noun && isNoun(noun)) {
      const type = vocabularyType([noun.lemma, "with"], types);
      return {
        from: a.entity,
        to: b.entity,
        type,
        trigger: `${noun.text} between`,
        evidence: span(text, noun.start, b.mention.end),
        score: 0.5,
      };
    }
  }
  return undefined;
}

/** How much lower a guess from the words between two mentions scores when the sentence's grammar was read and said nothing of them. */
const UNPARSED_PENALTY = 0.15;

/**
 * Relations between entities that one sentence names. Where CoreNLP parsed
 * the sentence, the grammar decides (graph/suggest/grammar.ts); the words
 * between two mentions at most three mentions apart are read only for pairs
 * the grammar said nothing of, with a lower score, and alone when no parse
 * is at hand. The evidence is a verbatim span holding the words that relate them.
 */
export function suggestRelations(
  analysed: AnalysedText,
  occurrences: readonly Occurrence[],
  types: readonly string[],
): RelationGuess[] {
  const guesses: RelationGuess[] = [];
  const more = analysed.language === "fr" ? frenchReadings : undefined;
  const bySentence = new Map<number, Occurrence[]>();
  for (const o of occurrences) pushTo(bySentence, o.mention.sentence, o);
  for (const sentence of analysed.sentences) {
    const here = (bySentence.get(sentence.index) ?? []).sort((x, y) => x.mention.start - y.mention.start);
    const parse = parseOf(sentence);
    const taken = tokensWithin(
      sentence,
      here.map((o) => o.mention),
    );
    const read: RelationGuess[] = [];
    const unread: RelationGuess[] = [];
    for (let i = 0; i < here.length; i++) {
      for (let j = i + 1; j < here.length; j++) {
        const a = here[i]!;
        const b = here[j]!;
        if (a.entity === b.entity) continue;
        const stated = parse ? grammarRelation(analysed.text, parse, a, b, types, taken, more) : undefined;
        if (stated) {
          // One reading per pair and sentence: a pronoun of an entity named in the same sentence says it again.
          const twin = read.findIndex(
            (r) => [r.from, r.to].sort().join() === [stated.from, stated.to].sort().join(),
          );
          if (twin < 0) read.push(stated);
          else if (read[twin]!.score < stated.score) read[twin] = stated;
          continue;
        }
        if (j > i + WINDOW) continue;
        const g = guess(analysed.text, sentence, a, b, types);
        if (g) unread.push({ ...g, score: parse ? g.score - UNPARSED_PENALTY : g.score, source: "window" });
      }
    }
    // A verb the grammar already gave its subject and object does not relate a third entity by proximity.
    const claimed = (g: RelationGuess) =>
      g.predicate !== undefined &&
      read.some((r) => r.predicate === g.predicate && [r.from, r.to].some((e) => e === g.from || e === g.to));
    const kept = [...read, ...unread.filter((g) => !claimed(g))];
    guesses.push(...kept, ...(parse ? conjunctRelations(analysed.text, parse, here, kept) : []));
  }
  return guesses;
}
