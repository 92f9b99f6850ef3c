import { foldName } from "../lexical/fold.ts";
import { ENTITY_LABELS, type EntityLabel } from "../model/annotation.ts";
import type { GraphReader } from "./link.ts";
import { lookupNames } from "./link.ts";
import { type SuggestedMention, MentionSet } from "./mentions.ts";
import type { AnalysedText, Token } from "./text.ts";

const JOINERS = new Set(["of", "for", "de", "du", "la", "al", "and"]);
const MAX_WORDS = 6;

function capitalised(t: Token): boolean {
  return /^\p{Lu}/u.test(t.text);
}

/** Every stretch of capitalised words (with "of", "for" inside) up to six words: the names a text may hold. */
function candidateNames(
  analysed: AnalysedText,
): { sentence: number; start: number; end: number; text: string }[] {
  const out: { sentence: number; start: number; end: number; text: string }[] = [];
  for (const sentence of analysed.sentences) {
    const tokens = sentence.tokens;
    for (let i = 0; i < tokens.length; i++) {
      if (!capitalised(tokens[i]!)) continue;
      for (let j = i; j < Math.min(tokens.length, i + MAX_WORDS); j++) {
        const t = tokens[j]!;
        if (!capitalised(t) && !(JOINERS.has(t.text) && j > i)) break;
        if (!capitalised(t)) continue;
        out.push({
          sentence: sentence.index,
          start: tokens[i]!.start,
          end: t.end,
          text: analysed.text.slice(tokens[i]!.start, t.end),
        });
      }
    }
  }
  return out;
}

/** The folded names of the capitalised stretches of a text: what the gazetteer looks up. */
export function gazetteerNames(analysed: AnalysedText): Set<string> {
  return new Set(candidateNames(analysed).map((c) => foldName(c.text)));
}

/**
 * Looks names up in the graph (the full-text index that search uses) and
 * returns, for each folded name equal to a graph entity's name or alias,
 * that entity's labels. Every name asked about is added to `asked`.
 */
export async function graphNameLabels(
  db: GraphReader,
  names: Iterable<string>,
  asked: Set<string>,
): Promise<Map<string, EntityLabel[]>> {
  const unique = new Map<string, string>();
  for (const name of names) {
    if (asked.has(name)) continue;
    asked.add(name);
    unique.set(name, name);
  }
  const labelsOf = new Map<string, EntityLabel[]>();
  if (unique.size === 0) return labelsOf;
  for (const [key, entities] of await lookupNames(db, "suggest/find-names", unique)) {
    const exact = entities.find((e) => [e.name, ...e.aliases].some((n) => foldName(n) === key));
    const labels = (exact?.labels ?? []).filter((l): l is EntityLabel =>
      (ENTITY_LABELS as readonly string[]).includes(l),
    );
    if (labels.length > 0) labelsOf.set(key, labels);
  }
  return labelsOf;
}

/**
 * The graph's own names as a gazetteer: stretches of the text that equal the
 * name or an alias of a graph entity (case and accents aside) become
 * mentions of it, longest first, where neither the NER nor the rules saw one.
 */
export function gazetteerMentions(
  analysed: AnalysedText,
  labelsOf: ReadonlyMap<string, EntityLabel[]>,
  taken: readonly SuggestedMention[],
): SuggestedMention[] {
  const candidates = candidateNames(analysed);
  const out: SuggestedMention[] = [];
  const seen = new MentionSet(taken);
  const sorted = [...candidates].sort((a, b) => b.end - b.start - (a.end - a.start));
  for (const c of sorted) {
    const labels = labelsOf.get(foldName(c.text));
    if (!labels || seen.overlapping(c.sentence, c.start, c.end)) continue;
    const mention: SuggestedMention = {
      ...c,
      labels: [...labels],
      kind: "named",
      engine: "gazetteer",
      score: 0.8,
    };
    out.push(mention);
    seen.add(mention);
  }
  return out;
}
