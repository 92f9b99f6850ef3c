import { type MoreReadings, negated, verbWords } from "./grammar.ts";
import { type Parse, type Reading, labelsBetween, preposition } from "./parse.ts";
import type { Occurrence } from "./relationGuess.ts";

/**
 * Relations French grammar states in ways the shared rules (grammar.ts) do
 * not read: French puts much in noun phrases and participles where English
 * uses a verb. Read from CoreNLP's French parse (Universal Dependencies, the
 * prepositions put on the arcs by french.ts):
 * - "les relations entre le Mali et la Russie": a noun or verb between two entities;
 * - "la résolution, présentée par la France", "X, arrivé à Moscou": a participle beside a name;
 * - "la raffinerie, dont le Mali détient 60 %", "X, qui dirige Y": a relative clause;
 * - "la société russe « Yadran »": a demonym on the noun a name stands beside;
 * - "la visite de Goïta en Russie": an event and who takes part in it, or where;
 * - "il revendique la reprise de la ville de Kidal": a verb, through two nouns, to an entity.
 */

const isNoun = (parse: Parse, i: number) => /^NN/.test(parse.sentence.tokens[i]!.pos);
const isVerb = (parse: Parse, i: number) => parse.sentence.tokens[i]!.pos.startsWith("VB");
const down = (parse: Parse, i: number) => parse.down.get(i) ?? [];
const up = (parse: Parse, i: number) => parse.up.get(i) ?? [];

/** "qui", "que", "dont", "lequel": the pronoun that stands for the noun a relative clause is said of. */
const RELATIVE = /^(qui|que|qu['’]|dont|lequel|laquelle|lesquels|lesquelles|où)$/i;
const isRelative = (parse: Parse, i: number) => RELATIVE.test(parse.sentence.tokens[i]!.text);

/** Prepositions that name who takes part in an event ("la visite de Goïta", "une réunion avec Goïta"). */
const PARTICIPANT = new Set(["de", "avec", "par", "entre"]);
/** Prepositions that name where an event takes place ("la visite en Russie"). */
const PLACE = new Set(["en", "à", "au", "dans"]);
const PLACE_LABELS = new Set(["Country", "City", "Place", "Region"]);

function reading(
  parse: Parse,
  subject: number,
  object: number,
  predicate: number,
  prep: string | undefined,
  score: number,
  via: number[] = [],
): Reading {
  const verb = isVerb(parse, predicate)
    ? verbWords(parse, predicate)
    : [parse.sentence.tokens[predicate]!.text.toLowerCase()];
  return {
    subject,
    object,
    words: prep ? [...verb, prep] : verb,
    lemma: parse.sentence.tokens[predicate]!.lemma,
    ...(prep ? { preposition: prep } : {}),
    tokens: [predicate, ...via],
    score,
  };
}

/** "les relations entre le Mali et la Russie", "les discussions engagées entre X et Y". */
function between(parse: Parse, a: number, b: number): Reading[] {
  const entre = (i: number) =>
    up(parse, i)
      .filter((arc) => /^(obl|nmod):entre$/.test(arc.label))
      .map((arc) => arc.head);
  const heads = entre(a).filter((h) => entre(b).includes(h) && !negated(parse, h));
  return heads.map((h) => {
    // A participle says less than the noun it qualifies ("discussions engagées entre").
    const noun = isVerb(parse, h) ? up(parse, h).find((arc) => arc.label === "acl")?.head : undefined;
    const predicate = noun !== undefined && isNoun(parse, noun) ? noun : h;
    const [subject, object] = a < b ? [a, b] : [b, a];
    return reading(parse, subject, object, predicate, "entre", 0.7, predicate === h ? [] : [h]);
  });
}

/**
 * A participle said of a noun: "la résolution, présentée par la France" (France presented it),
 * "Goïta, arrivé à Moscou" (Goïta arrived in Moscow).
 */
function participle(parse: Parse, a: number, b: number): Reading[] {
  const out: Reading[] = [];
  for (const acl of down(parse, a)) {
    const v = acl.dependent;
    if (acl.label !== "acl" || !isVerb(parse, v) || negated(parse, v)) continue;
    for (const label of labelsBetween(parse, v, b)) {
      if (label === "obl:agent") out.push(reading(parse, b, a, v, undefined, 0.72));
      else if (label === "obj") out.push(reading(parse, a, b, v, undefined, 0.68));
      else if (label.startsWith("obl")) {
        const prep = preposition(label);
        if (prep) out.push(reading(parse, a, b, v, prep, 0.66));
      }
    }
  }
  return out;
}

/**
 * A relative clause said of a noun: "X, qui dirige Y" (X leads Y), "une décision
 * qui a été prise par Y" (Y took it), "la raffinerie, dont le Mali détient 60 %"
 * and "l'accord que Y a signé" (Y holds, Y signed).
 */
function relative(parse: Parse, a: number, b: number): Reading[] {
  const out: Reading[] = [];
  for (const relcl of down(parse, a)) {
    const v = relcl.dependent;
    if (relcl.label !== "acl:relcl" || !isVerb(parse, v) || negated(parse, v)) continue;
    const subjects = down(parse, v).filter((arc) => /^nsubj(:pass)?$/.test(arc.label));
    const pronounSubject = subjects.find((arc) => isRelative(parse, arc.dependent));
    const passive = pronounSubject?.label === "nsubj:pass";
    for (const label of labelsBetween(parse, v, b)) {
      if (pronounSubject && !passive && label === "obj") out.push(reading(parse, a, b, v, undefined, 0.7));
      else if (pronounSubject && passive && label === "obl:agent")
        out.push(reading(parse, b, a, v, undefined, 0.7));
      else if (pronounSubject && label.startsWith("obl")) {
        const prep = preposition(label);
        if (prep) out.push(reading(parse, a, b, v, prep, 0.65));
      } else if (!pronounSubject && label === "nsubj") out.push(reading(parse, b, a, v, undefined, 0.65));
    }
  }
  return out;
}

/** "il revendique la reprise de la ville de Kidal": the verb's subject, through two nouns, to the entity. */
function throughTwoNouns(parse: Parse, a: number, b: number, taken: ReadonlySet<number>): Reading[] {
  const out: Reading[] = [];
  for (const s of up(parse, a)) {
    const v = s.head;
    if (!/^nsubj(:xsubj)?$/.test(s.label) || v < 0 || !isVerb(parse, v) || negated(parse, v)) continue;
    for (const first of down(parse, v)) {
      const n1 = first.dependent;
      if (!/^(obj|obl)/.test(first.label) || taken.has(n1) || !isNoun(parse, n1)) continue;
      for (const second of down(parse, n1)) {
        const n2 = second.dependent;
        if (!second.label.startsWith("nmod") || taken.has(n2) || !isNoun(parse, n2)) continue;
        for (const label of labelsBetween(parse, n2, b)) {
          const prep = preposition(label);
          if (prep && label.startsWith("nmod")) out.push(reading(parse, a, b, v, undefined, 0.55, [n1]));
        }
      }
    }
  }
  return out;
}

/** "la visite de Goïta en Russie": who takes part in an event the text names, and where it takes place. */
function eventOf(parse: Parse, event: Occurrence, other: Occurrence, e: number, o: number): Reading[] {
  if (event.mention.kind !== "nominal" || !event.labels.includes("Event")) return [];
  const out: Reading[] = [];
  for (const label of labelsBetween(parse, e, o)) {
    const prep = preposition(label);
    if (!prep || !label.startsWith("nmod")) continue;
    const place = other.labels.some((l) => PLACE_LABELS.has(l));
    if (place && PLACE.has(prep)) out.push({ ...reading(parse, e, o, e, prep, 0.68), type: "TOOK_PLACE_IN" });
    else if (!place && PARTICIPANT.has(prep))
      out.push({ ...reading(parse, o, e, e, prep, 0.68), type: "PARTICIPATED_IN" });
  }
  return out;
}

/**
 * "la société russe « Yadran »", "le groupe paramilitaire russe Wagner": a
 * demonym on the noun a name stands beside says where the named is based, or
 * of which country a person is.
 */
function demonymOf(parse: Parse, named: Occurrence, demonym: Occurrence, n: number, d: number): Reading[] {
  if (demonym.mention.kind !== "demonym" || named.mention.kind === "demonym") return [];
  const nouns = up(parse, d)
    .filter((arc) => arc.label === "amod" && isNoun(parse, arc.head))
    .map((arc) => arc.head);
  const beside = (noun: number) =>
    noun === n ||
    down(parse, noun).some(
      (arc) => arc.dependent === n && /^(appos|flat|flat:name|compound|nmod)$/.test(arc.label),
    );
  const noun = nouns.find(beside);
  if (noun === undefined) return [];
  const type = named.labels.includes("Person") ? "CITIZEN_OF" : "BASED_IN";
  return [{ ...reading(parse, n, d, d, undefined, 0.6), type }];
}

/** The French readings of two occurrences of one sentence (see above). */
export const frenchReadings: MoreReadings = (parse, x, y, anchors, taken) => {
  const out: Reading[] = [];
  for (const a of anchors.x) {
    for (const b of anchors.y) {
      if (a === b) continue;
      out.push(
        ...between(parse, a, b),
        ...participle(parse, a, b),
        ...participle(parse, b, a),
        ...relative(parse, a, b),
        ...relative(parse, b, a),
        ...throughTwoNouns(parse, a, b, taken),
        ...throughTwoNouns(parse, b, a, taken),
        ...eventOf(parse, x, y, a, b),
        ...eventOf(parse, y, x, b, a),
      );
    }
  }
  const [hx, hy] = [anchors.x[0], anchors.y[0]];
  if (hx !== undefined && hy !== undefined) {
    out.push(...demonymOf(parse, x, y, hx, hy), ...demonymOf(parse, y, x, hy, hx));
  }
  return out;
};
