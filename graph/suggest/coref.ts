import { PRONOUNS } from "./lexicon.ts";
import type { Occurrence } from "./relationGuess.ts";
import type { AnalysedText, CorefMention } from "./text.ts";

/** A description stands for a name only when it is short: "the country", "the firm", not a whole clause. */
const MAX_DESCRIPTION_WORDS = 3;

/**
 * A pronoun or description that stands for an entity named elsewhere: one
 * more occurrence of it, under its name, with a modest score.
 */
export function referenceTo(
  anchor: Occurrence,
  span: { sentence: number; start: number; end: number; text: string },
  engine: "corenlp" | "rules",
): Occurrence {
  return {
    entity: anchor.entity,
    labels: anchor.labels,
    mention: {
      ...span,
      labels: [...anchor.labels],
      kind: "named",
      engine,
      score: 0.5,
      name: anchor.mention.name ?? anchor.mention.text,
    },
  };
}

function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}

/** The entity a chain speaks of: the one whose mentions its names overlap most, if any does. */
function entityOf(
  chain: readonly CorefMention[],
  occurrences: readonly Occurrence[],
): Occurrence | undefined {
  const votes = new Map<string, { count: number; occurrence: Occurrence }>();
  for (const m of chain) {
    if (m.kind !== "PROPER") continue;
    for (const o of occurrences) {
      if (o.mention.kind === "nominal" || !overlaps(m, o.mention)) continue;
      const seen = votes.get(o.entity);
      votes.set(o.entity, { count: (seen?.count ?? 0) + 1, occurrence: seen?.occurrence ?? o });
    }
  }
  const ranked = [...votes.values()].sort((a, b) => b.count - a.count);
  // Two entities claiming one chain: the chain is not trusted.
  if (ranked.length === 0 || (ranked[1] && ranked[1].count === ranked[0]!.count)) return undefined;
  return ranked[0]!.occurrence;
}

/**
 * Pronouns and short descriptions that CoreNLP's coreference ties to a
 * named entity ("He", "its", "the country"), as extra occurrences of that
 * entity, so that a sentence whose subject is "He" relates the person it
 * means. Only chains anchored on a name the draft already holds are used,
 * and a stretch that is already an entity's mention is left to it.
 */
export function corefOccurrences(analysed: AnalysedText, occurrences: readonly Occurrence[]): Occurrence[] {
  const out: Occurrence[] = [];
  for (const chain of analysed.corefs) {
    const anchor = entityOf(chain, occurrences);
    if (!anchor) continue;
    for (const m of chain) {
      if (m.kind !== "PRONOMINAL" && m.kind !== "NOMINAL") continue;
      if (occurrences.some((o) => overlaps(o.mention, m))) continue;
      const text = analysed.text.slice(m.start, m.end);
      if (m.kind === "PRONOMINAL" && !PRONOUNS.has(text.toLowerCase())) continue;
      if (m.kind === "NOMINAL" && text.split(/\s+/).length > MAX_DESCRIPTION_WORDS) continue;
      out.push(referenceTo(anchor, { sentence: m.sentence, start: m.start, end: m.end, text }, "corenlp"));
    }
  }
  return out;
}
