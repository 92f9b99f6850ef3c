import { referenceTo } from "./coref.ts";
import type { Occurrence } from "./relationGuess.ts";
import type { AnalysedText, Sentence } from "./text.ts";

/**
 * CoreNLP's French pipeline has no coreference. French news carries the
 * subject of one sentence on into the next with "il" or "elle" ("Wagner
 * dresse un bilan. Il revendique la reprise de Kidal."): such a pronoun,
 * subject of its sentence, is taken as another occurrence of the entity
 * that was the subject of the sentence before, when a name said it. Written
 * here because no library reads French coreference for this pipeline.
 */

const SUBJECT_PRONOUNS = new Set(["il", "elle"]);

/** The token the sentence's main verb (or predicate noun) has for its subject. */
function subjectOf(sentence: Sentence): number | undefined {
  const root = sentence.arcs.find((a) => a.head < 0)?.dependent;
  if (root === undefined) return undefined;
  return sentence.arcs.find((a) => a.head === root && /^nsubj(:pass)?$/.test(a.label))?.dependent;
}

/** "il y a", "il faut": an impersonal "il" stands for nothing. */
function impersonal(sentence: Sentence, verb: number): boolean {
  const tokens = sentence.tokens;
  return (
    /^(faut|fallait|faudra|semble|s'agit)$/i.test(tokens[verb]!.text) ||
    sentence.arcs.some(
      (a) => a.head === verb && a.label.startsWith("expl") && /^y$/i.test(tokens[a.dependent]!.text),
    )
  );
}

export function frenchSubjectPronouns(
  analysed: AnalysedText,
  occurrences: readonly Occurrence[],
): Occurrence[] {
  const out: Occurrence[] = [];
  const all = () => [...occurrences, ...out];
  for (let i = 1; i < analysed.sentences.length; i++) {
    const sentence = analysed.sentences[i]!;
    const previous = analysed.sentences[i - 1]!;
    const subject = subjectOf(sentence);
    if (subject === undefined) continue;
    const pronoun = sentence.tokens[subject]!;
    if (pronoun.pos !== "PRP" || !SUBJECT_PRONOUNS.has(pronoun.text.toLowerCase())) continue;
    const verb = sentence.arcs.find((a) => a.dependent === subject && a.head >= 0)!.head;
    if (impersonal(sentence, verb)) continue;
    const before = subjectOf(previous);
    if (before === undefined) continue;
    const token = previous.tokens[before]!;
    const antecedent = all().find(
      (o) =>
        o.mention.sentence === previous.index &&
        o.mention.kind === "named" &&
        o.mention.start <= token.start &&
        token.end <= o.mention.end,
    );
    if (!antecedent || all().some((o) => o.mention.sentence === i && o.mention.start === pronoun.start))
      continue;
    out.push(
      referenceTo(
        antecedent,
        { sentence: sentence.index, start: pronoun.start, end: pronoun.end, text: pronoun.text },
        "rules",
      ),
    );
  }
  return out;
}
