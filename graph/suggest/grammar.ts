import { REPORTING_VERBS, kindLabels } from "./lexicon.ts";
import type { SuggestedMention } from "./mentions.ts";
import type { Occurrence, RelationGuess } from "./relationGuess.ts";
import { vocabularyType } from "./relationTypes.ts";
import { type Parse, type Reading, labelsBetween, preposition } from "./parse.ts";
import { hyphenReadings, nameReadings, partyReadings } from "./phraseReadings.ts";
import type { Sentence } from "./text.ts";

export { type Parse, parseOf } from "./parse.ts";

/**
 * Relations read from a sentence's dependency parse (Universal Dependencies,
 * enhanced++, as CoreNLP's depparse gives it): two entities are related when
 * the grammar joins them through one predicate, a verb ("X signed with Y",
 * "Y was founded by X") or a noun ("X is the leader of Y", "X, a suburb of
 * Y"). The predicate names the type; the evidence is the stretch of the
 * sentence from the first to the last word involved, so it is verbatim by
 * construction.
 */

const SUBJECT = /^(nsubj|nsubj:xsubj|csubj)$/;
const PASSIVE_SUBJECT = /^(nsubj:pass|nsubj:pass:xsubj|csubj:pass)$/;
const OBJECT = /^(obj|iobj)$/;
const NEGATION = new Set(["not", "never", "n't", "no"]);

/** The token of a mention that the rest of the sentence attaches to. */
export function headOf(parse: Parse, mention: SuggestedMention): number | undefined {
  const inside: number[] = [];
  parse.sentence.tokens.forEach((t, i) => {
    if (t.start >= mention.start && t.end <= mention.end) inside.push(i);
  });
  const within = new Set(inside);
  const head = inside.find((i) => (parse.up.get(i) ?? []).every((a) => !within.has(a.head)));
  return head ?? inside[inside.length - 1];
}

/**
 * The tokens through which the sentence speaks of a mention: its head, and
 * the noun it modifies when it is a name used as a modifier ("the MPLA
 * party" is the party of which the sentence says "has won").
 */
function anchorsOf(parse: Parse, mention: SuggestedMention, taken: ReadonlySet<number>): number[] {
  const head = headOf(parse, mention);
  if (head === undefined) return [];
  const anchors = [head];
  const tokens = parse.sentence.tokens;
  // A noun that another name stands beside ("the Russian company Yadran") speaks of that name.
  const named = (n: number) =>
    [...(parse.down.get(n) ?? []), ...(parse.up.get(n) ?? [])].some(
      (a) =>
        /^(compound|appos|flat|dep)$/.test(a.label) &&
        taken.has(a.head === n ? a.dependent : a.head) &&
        a.dependent !== head,
    );
  for (const up of parse.up.get(head) ?? []) {
    const n = up.head;
    if (n < 0 || taken.has(n) || !/^NN/.test(tokens[n]!.pos)) continue;
    // "the MPLA party", "the Russian delegation", "the company Fjordlyt Energy": the sentence speaks
    // of the name through the noun beside it.
    const modifier =
      /^(compound|appos|dep)$/.test(up.label) || (up.label === "amod" && mention.kind === "demonym");
    if (modifier && !named(n)) anchors.push(n);
  }
  return anchors;
}

/** The tokens of a sentence that belong to one of the given mentions. */
export function tokensWithin(sentence: Sentence, mentions: readonly SuggestedMention[]): Set<number> {
  const out = new Set<number>();
  sentence.tokens.forEach((t, i) => {
    if (mentions.some((m) => t.start >= m.start && t.end <= m.end)) out.add(i);
  });
  return out;
}

/** The word a verb gives a type ("signed" and "hosts" stay, "signing" becomes "sign"), with its particle ("set up"). */
export function verbWords(parse: Parse, index: number): string[] {
  const token = parse.sentence.tokens[index]!;
  const word = /^(VBG|VB|VBP)$/.test(token.pos) ? token.lemma : token.text.toLowerCase();
  const particle = (parse.down.get(index) ?? []).find((a) => a.label === "compound:prt");
  return particle ? [word, parse.sentence.tokens[particle.dependent]!.text.toLowerCase()] : [word];
}

export function negated(parse: Parse, index: number): boolean {
  return (parse.down.get(index) ?? []).some(
    (a) => a.label === "advmod" && NEGATION.has(parse.sentence.tokens[a.dependent]!.lemma),
  );
}

/** Readings a language adds to these: for two occurrences and the tokens through which the sentence speaks of each. */
export type MoreReadings = (
  parse: Parse,
  x: Occurrence,
  y: Occurrence,
  anchors: { x: number[]; y: number[] },
  taken: ReadonlySet<number>,
) => Reading[];

/** Prepositions that list members of the noun before them: "companies including X" says the verb of X itself. */
const INCLUSIVE = new Set(["including", "such as", "like", "among"]);

/**
 * The verbs a token is the subject of: those whose subject arc reaches it, and the participle
 * of a reduced relative after it ("the agreement signed by X" is what X signed, "a firm
 * operating in X" what operates there), for which the enhanced parse draws no subject arc.
 */
function subjectArcs(parse: Parse, a: number): { head: number; label: string }[] {
  const tokens = parse.sentence.tokens;
  const reduced = (parse.down.get(a) ?? [])
    .filter((d) => d.label === "acl" && /^VB[NG]$/.test(tokens[d.dependent]!.pos))
    .map((d) => ({ head: d.dependent, label: tokens[d.dependent]!.pos === "VBN" ? "nsubj:pass" : "nsubj" }));
  const arcs = [...(parse.up.get(a) ?? []), ...reduced];
  return [...arcs, ...controlled(parse, arcs)];
}

const CONTROL_DEPTH = 3;

/**
 * "X will continue to work with partners to press Y": the enhanced parse gives X as the subject of
 * "work" (nsubj:xsubj) but not of "press", the open clause one level further down. A verb's open
 * clause (xcomp) with no subject of its own takes the verb's subject, when the verb has no object
 * that could be the one to do it instead ("persuaded Y to sign").
 */
function controlled(parse: Parse, arcs: readonly { head: number; label: string }[]) {
  const tokens = parse.sentence.tokens;
  const out: { head: number; label: string }[] = [];
  let level = arcs.filter(
    (up) => up.head >= 0 && SUBJECT.test(up.label) && tokens[up.head]!.pos.startsWith("VB"),
  );
  for (let depth = 0; depth < CONTROL_DEPTH && level.length > 0; depth++) {
    const next: { head: number; label: string }[] = [];
    for (const up of level) {
      const down = parse.down.get(up.head) ?? [];
      if (down.some((d) => OBJECT.test(d.label))) continue;
      for (const x of down) {
        if (x.label !== "xcomp" || !tokens[x.dependent]!.pos.startsWith("VB")) continue;
        const own = (parse.down.get(x.dependent) ?? []).some((d) => /^nsubj/.test(d.label));
        if (own || arcs.some((y) => y.head === x.dependent) || out.some((y) => y.head === x.dependent))
          continue;
        next.push({ head: x.dependent, label: "nsubj" });
      }
    }
    out.push(...next);
    level = next;
  }
  return out;
}

/** "X signed Y", "X signed with Y", "Y was founded by X", "X signed an agreement with Y", "X won Y's support". */
function verbReadings(parse: Parse, a: number, b: number): Reading[] {
  const out: Reading[] = [];
  const tokens = parse.sentence.tokens;
  for (const up of subjectArcs(parse, a)) {
    const p = up.head;
    if (p < 0 || !tokens[p]!.pos.startsWith("VB") || negated(parse, p)) continue;
    // "The agreement signed by X covers...": a participle with a subject and no auxiliary is a passive.
    const bare = tokens[p]!.pos === "VBN" && !(parse.down.get(p) ?? []).some((d) => /^aux/.test(d.label));
    const active = SUBJECT.test(up.label) && !bare;
    const passive = PASSIVE_SUBJECT.test(up.label) || (SUBJECT.test(up.label) && bare);
    if (!active && !passive) continue;
    const lemma = tokens[p]!.lemma;
    const verb = verbWords(parse, p);
    const reporting = REPORTING_VERBS.has(lemma) ? 0.3 : 0;
    const read = (subject: number, object: number, prep: string | undefined, used: number[], score: number) =>
      out.push({
        subject,
        object,
        words: prep ? [...verb, prep] : verb,
        lemma,
        ...(prep ? { preposition: prep } : {}),
        tokens: used,
        score: score - reporting,
      });
    for (const label of labelsBetween(parse, p, b)) {
      const prep = label === "obl:agent" ? "by" : preposition(label);
      if (active && OBJECT.test(label)) read(a, b, undefined, [p], 0.8);
      else if (active && prep && label.startsWith("obl")) read(a, b, prep, [p], 0.75);
      // "Y was founded by X": X founded Y.
      else if (passive && prep === "by") read(b, a, undefined, [p], 0.75);
      // "X was born in Y", "X was appointed to Y".
      else if (passive && prep) read(a, b, prep, [p], 0.7);
    }
    // Through a noun that is not an entity: "X signed an agreement with Y", "X won Y's support",
    // "X targeted companies including Y".
    for (const via of parse.down.get(p) ?? []) {
      const n = via.dependent;
      if (n === a || n === b || !/^NN/.test(tokens[n]!.pos)) continue;
      const viaPrep = OBJECT.test(via.label)
        ? undefined
        : via.label.startsWith("obl")
          ? preposition(via.label)
          : "";
      if (viaPrep === "" || (!active && viaPrep === undefined)) continue;
      for (const label of labelsBetween(parse, n, b)) {
        const prep =
          label === "nmod:poss" ? "poss" : label.startsWith("nmod") ? preposition(label) : undefined;
        if (!prep) continue;
        const [subject, object] = !active && viaPrep === "by" ? [b, a] : [a, b];
        const own = prep === "poss" || INCLUSIVE.has(prep) ? viaPrep : (viaPrep ?? prep);
        read(subject, object, viaPrep === "by" ? undefined : own, [p, n], 0.6);
      }
    }
  }
  return out;
}

/**
 * "X supplies Russian gas to Y", "sent Wagner fighters to Y": a thing a name qualifies, the object
 * of a verb that takes it somewhere, relates the name to where it goes. Only through a noun beside
 * a name (the name's anchor, not the name itself): a named object's own relations are the verb
 * subject's ("sanctioned X over Y" says nothing between X and Y).
 */
function objectReadings(parse: Parse, a: number, b: number, taken: ReadonlySet<number>): Reading[] {
  const tokens = parse.sentence.tokens;
  if (taken.has(a) || !/^NN/.test(tokens[a]!.pos)) return [];
  const out: Reading[] = [];
  for (const up of parse.up.get(a) ?? []) {
    const p = up.head;
    if (p < 0 || up.label !== "obj" || !tokens[p]!.pos.startsWith("VB") || negated(parse, p)) continue;
    for (const label of labelsBetween(parse, p, b)) {
      const prep = label.startsWith("obl") ? preposition(label) : undefined;
      if (!prep) continue;
      out.push({
        subject: a,
        object: b,
        words: [...verbWords(parse, p), prep],
        lemma: tokens[p]!.lemma,
        preposition: prep,
        tokens: [p],
        score: 0.55,
      });
    }
  }
  return out;
}

/**
 * Nouns that say what the entity at `a` is: "X is the leader of", "X, a
 * suburb of", "X became president of", and a title before a name ("UNITA MP X").
 */
function predicateNouns(parse: Parse, a: number, taken: ReadonlySet<number>): number[] {
  const tokens = parse.sentence.tokens;
  const isNoun = (n: number) => /^NN/.test(tokens[n]!.pos);
  // An anchor that is itself a noun beside the name ("Guinea's budget minister, Mohamed Diare").
  const nouns: number[] = taken.has(a) ? [] : [a];
  for (const up of parse.up.get(a) ?? []) {
    const n = up.head;
    if (n < 0) continue;
    // Copula: "X is the leader of Y" makes "leader" the head of "X".
    if (up.label === "nsubj" && isNoun(n) && (parse.down.get(n) ?? []).some((d) => d.label === "cop"))
      nouns.push(n);
    // "X's stake in Y", "X's war with Y": what a name owns, when it is not an entity itself.
    // Not through a possessive pronoun ("its presence in Y"): whose it is rests on coreference alone.
    if (up.label === "nmod:poss" && isNoun(n) && !taken.has(n) && tokens[a]!.pos !== "PRP$") nouns.push(n);
    // "X became the president of Y", "X was elected president of Y" (a passive verb's object is what X is made).
    const passive = PASSIVE_SUBJECT.test(up.label);
    if ((SUBJECT.test(up.label) || passive) && tokens[n]!.pos.startsWith("VB")) {
      for (const x of parse.down.get(n) ?? []) {
        if ((x.label === "xcomp" || (passive && x.label === "obj")) && isNoun(x.dependent))
          nouns.push(x.dependent);
      }
    }
  }
  for (const down of parse.down.get(a) ?? []) {
    const n = down.dependent;
    // Apposition: "X, a suburb of Y"; a title before the name: "Treasury spokesman X".
    if ((down.label === "appos" || down.label === "compound") && isNoun(n) && !taken.has(n)) nouns.push(n);
  }
  return nouns.filter((n) => !negated(parse, n));
}

/** Kinds of organisation whose demonym says where they are based ("the Pakistani company"). */
const ORGANISATION_KINDS = ["Company", "StateBody", "ArmedGroup", "Organization"] as const;

function nounReadings(parse: Parse, a: number, b: number, taken: ReadonlySet<number>): Reading[] {
  const out: Reading[] = [];
  const tokens = parse.sentence.tokens;
  for (const n of predicateNouns(parse, a, taken)) {
    if (n === b) continue;
    const noun = tokens[n]!;
    for (const label of labelsBetween(parse, n, b)) {
      // "X, the Pakistani company": a demonym on the kind of organisation a name is says where it is based.
      const kinds = kindLabels(noun.lemma);
      if (label === "amod" && taken.has(b) && ORGANISATION_KINDS.some((k) => kinds?.includes(k))) {
        out.push({
          subject: a,
          object: b,
          words: ["based", "in"],
          lemma: "based",
          preposition: "in",
          tokens: [n],
          score: 0.65,
          type: "BASED_IN",
        });
        continue;
      }
      // "Angolan President X": a name's adjective (a demonym) on a person's title says whose title it is.
      const demonymTitle = label === "amod" && taken.has(b) && !!kinds?.includes("Person");
      const prep =
        label === "nmod:poss" || label === "compound" || demonymTitle
          ? "of"
          : label.startsWith("nmod")
            ? preposition(label)
            : undefined;
      if (!prep) continue;
      // "a company based in Y": the parser takes "based in" for the preposition; the participle names the relation.
      const participle = (parse.down.get(b) ?? []).find(
        (d) => d.label === "case" && /^VB[NG]$/.test(tokens[d.dependent]!.pos),
      );
      if (participle) {
        const word = tokens[participle.dependent]!.text.toLowerCase();
        out.push({
          subject: a,
          object: b,
          words: [word, prep],
          lemma: word,
          preposition: prep,
          tokens: [n, participle.dependent],
          score: 0.72,
        });
        continue;
      }
      out.push({
        subject: a,
        object: b,
        words: [noun.text.toLowerCase(), prep],
        lemma: noun.lemma,
        preposition: prep,
        tokens: [n],
        score: label === "compound" ? 0.6 : 0.7,
      });
    }
  }
  return out;
}

const TIME_CLASSES = new Set(["DATE", "TIME"]);

/**
 * The date said of a predicate ("On 12 May, X signed Y"), or of the verb
 * whose clause it is ("confirmed on 12 May that X had signed Y"): its
 * tokens, so that the evidence holds it and the relation takes it.
 */
function dateTokens(parse: Parse, predicate: number): number[] {
  const tokens = parse.sentence.tokens;
  const heads = [predicate];
  for (const up of parse.up.get(predicate) ?? []) {
    if (/^(ccomp|xcomp)$/.test(up.label) && up.head >= 0) heads.push(up.head);
  }
  const out: number[] = [];
  for (const h of heads) {
    for (const d of parse.down.get(h) ?? []) {
      if (!d.label.startsWith("obl") || !TIME_CLASSES.has(tokens[d.dependent]!.ner)) continue;
      let [from, to] = [d.dependent, d.dependent];
      while (from > 0 && TIME_CLASSES.has(tokens[from - 1]!.ner)) from--;
      while (to < tokens.length - 1 && TIME_CLASSES.has(tokens[to + 1]!.ner)) to++;
      out.push(from, to);
    }
  }
  return out;
}

function spanOf(text: string, sentence: Sentence, tokenIndices: number[], mentions: SuggestedMention[]) {
  const starts = [...tokenIndices.map((i) => sentence.tokens[i]!.start), ...mentions.map((m) => m.start)];
  const ends = [...tokenIndices.map((i) => sentence.tokens[i]!.end), ...mentions.map((m) => m.end)];
  const start = Math.min(...starts);
  const end = Math.max(...ends);
  return { start, end, text: text.slice(start, end) };
}

/** The relation the grammar states between two entities of one sentence, if any (the strongest reading). */
export function grammarRelation(
  text: string,
  parse: Parse,
  x: Occurrence,
  y: Occurrence,
  types: readonly string[],
  taken: ReadonlySet<number>,
  more?: MoreReadings,
): RelationGuess | undefined {
  const ax = anchorsOf(parse, x.mention, taken);
  const ay = anchorsOf(parse, y.mention, taken);
  const readings: Reading[] = [];
  for (const hx of ax) {
    for (const hy of ay) {
      if (hx === hy) continue;
      readings.push(
        ...verbReadings(parse, hx, hy),
        ...verbReadings(parse, hy, hx),
        ...nounReadings(parse, hx, hy, taken),
        ...nounReadings(parse, hy, hx, taken),
        ...objectReadings(parse, hx, hy, taken),
        ...objectReadings(parse, hy, hx, taken),
        ...partyReadings(parse, x, hx, hy),
        ...partyReadings(parse, y, hy, hx),
        ...nameReadings(parse, hx, hy, taken),
        ...nameReadings(parse, hy, hx, taken),
        ...hyphenReadings(parse, hx, hy),
        ...hyphenReadings(parse, hy, hx),
      );
    }
  }
  if (more) readings.push(...more(parse, x, y, { x: ax, y: ay }, taken));
  const best = readings.sort((r, s) => s.score - r.score)[0];
  if (!best) return undefined;
  const [from, to] = ax.includes(best.subject) ? [x, y] : [y, x];
  const type = best.type ?? vocabularyType([best.lemma, ...best.words], types);
  const trigger = best.tokens.map((i: number) => parse.sentence.tokens[i]!.text).join(" … ");
  return {
    from: from.entity,
    to: to.entity,
    type,
    trigger: best.preposition ? `${trigger} ${best.preposition}` : trigger,
    evidence: spanOf(
      text,
      parse.sentence,
      [...best.tokens, ...dateTokens(parse, best.tokens[0]!)],
      [x.mention, y.mention],
    ),
    score: best.score,
    source: "grammar",
    predicate: parse.sentence.tokens[best.tokens[0]!]!.start,
  };
}
