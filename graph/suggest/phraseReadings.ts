import { kindLabels } from "./lexicon.ts";
import { type Parse, type Reading, labelsBetween, preposition } from "./parse.ts";
import type { Occurrence } from "./relationGuess.ts";

/**
 * Relations a noun phrase states without a verb: the parties an agreement
 * names, a name's own "of", and a name joined to a participle by a hyphen.
 */

/** Prepositions by which an agreement or an event names who takes part in it. */
const PARTIES = new Set(["between", "among", "with", "of"]);

/**
 * "the agreement between X and Y", "the talks with X", "the visit of X": an
 * agreement or an event the text describes names its parties by a
 * preposition; each party signed the agreement, or took part in the event.
 */
export function partyReadings(parse: Parse, thing: Occurrence, n: number, b: number): Reading[] {
  const agreement = thing.labels.includes("Agreement");
  if (thing.mention.kind !== "nominal" || (!agreement && !thing.labels.includes("Event"))) return [];
  const verb = agreement ? "sign" : "participate";
  const read = (prep?: string): Reading => ({
    subject: b,
    object: n,
    words: [verb],
    lemma: verb,
    ...(prep ? { preposition: prep } : {}),
    tokens: [n],
    score: prep ? 0.65 : 0.6,
  });
  const out: Reading[] = [];
  for (const label of labelsBetween(parse, n, b)) {
    const prep = label.startsWith("nmod") ? preposition(label) : undefined;
    if (prep && PARTIES.has(prep)) out.push(read(prep));
  }
  // "the Portugal-Brazil agreement": names joined by a hyphen right before the noun.
  const tokens = parse.sentence.tokens;
  const name = (k: number) => /^NNP/.test(tokens[k]?.pos ?? "");
  let first = n;
  while (first > 0 && (name(first - 1) || tokens[first - 1]!.text === "-")) first--;
  const chain = tokens.slice(first, n);
  const joined = b >= first && b < n && name(b) && name(n - 1) && chain.some((t) => t.text === "-");
  if (joined) out.push(read());
  return out;
}

/**
 * "President X of Y", "X of Y": a name with a prepositional modifier of its
 * own names what it belongs to; a title before the name ("President") names
 * the relation.
 */
export function nameReadings(parse: Parse, a: number, b: number, taken: ReadonlySet<number>): Reading[] {
  const tokens = parse.sentence.tokens;
  if (!taken.has(a) || !/^NNP/.test(tokens[a]!.pos)) return [];
  const out: Reading[] = [];
  for (const label of labelsBetween(parse, a, b)) {
    const prep = label.startsWith("nmod") ? preposition(label) : undefined;
    if (prep !== "of" && prep !== "from") continue;
    const title = (parse.down.get(a) ?? [])
      .map((d) => d.dependent)
      .find((t) => !taken.has(t) && !!kindLabels(tokens[t]!.lemma)?.includes("Person"));
    const word = title === undefined ? prep : tokens[title]!.text.toLowerCase();
    out.push({
      subject: a,
      object: b,
      words: title === undefined ? [prep] : [word, prep],
      lemma: title === undefined ? prep : tokens[title]!.lemma,
      preposition: prep,
      tokens: title === undefined ? [a] : [title],
      score: 0.62,
    });
  }
  return out;
}

/**
 * "the Lisbon-based firm X", "a Saudi-led coalition", "the state-owned company": a name joined by a
 * hyphen to a participle before a noun. "based" puts the noun's entity in the name's place; any other
 * participle ("led", "backed", "owned") makes the name its agent.
 */
export function hyphenReadings(parse: Parse, a: number, b: number): Reading[] {
  const tokens = parse.sentence.tokens;
  const out: Reading[] = [];
  for (const up of parse.up.get(a) ?? []) {
    const p = up.head;
    if (p !== a + 2 || tokens[a + 1]!.text !== "-" || tokens[p]!.pos !== "VBN") continue;
    if (!/^(obl|obl:npmod|compound|nmod|npmod|dep)$/.test(up.label)) continue;
    if (!(parse.up.get(p) ?? []).some((x) => x.label === "amod" && x.head === b)) continue;
    const word = tokens[p]!.text.toLowerCase();
    out.push(
      word === "based"
        ? {
            subject: b,
            object: a,
            words: [word, "in"],
            lemma: word,
            preposition: "in",
            tokens: [p],
            score: 0.72,
          }
        : {
            subject: a,
            object: b,
            words: [tokens[p]!.lemma, word],
            lemma: tokens[p]!.lemma,
            tokens: [p],
            score: 0.72,
          },
    );
  }
  return out;
}
