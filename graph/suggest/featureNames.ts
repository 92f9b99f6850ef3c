import { kindLabels } from "./lexicon.ts";
import { MentionSet, type SuggestedMention } from "./mentions.ts";
import type { AnalysedText, Token } from "./text.ts";

/**
 * "the Simandou mountains", "the Sahel region", "the Fordow site": a proper
 * name right before a lower-case noun of a place (mountain, river, region,
 * district...) names that place, when the NER saw nothing there. The name is
 * then taken wherever the text writes it again as a proper name of its own
 * ("the whole Simandou block"). English word order: the French rules read
 * "la région de X" elsewhere.
 */

const PLACE_LABELS = new Set(["Place", "Region"]);

const isProper = (t: Token | undefined) => !!t && /^NNP/.test(t.pos) && /^\p{Lu}/u.test(t.text);

export function featureNameMentions(
  analysed: AnalysedText,
  mentions: readonly SuggestedMention[],
): SuggestedMention[] {
  if (analysed.language === "fr") return [];
  const taken = new MentionSet(mentions);
  const out: SuggestedMention[] = [];
  const names = new Map<string, SuggestedMention>();
  const make = (sentence: number, first: Token, last: Token, like?: SuggestedMention) => {
    const mention: SuggestedMention = {
      sentence,
      start: first.start,
      end: last.end,
      text: analysed.text.slice(first.start, last.end),
      labels: [...(like?.labels ?? [])],
      kind: "named",
      engine: "rules",
      score: 0.6,
    };
    out.push(mention);
    taken.add(mention);
    return mention;
  };
  for (const sentence of analysed.sentences) {
    const tokens = sentence.tokens;
    for (let j = 1; j < tokens.length; j++) {
      const noun = tokens[j]!;
      if (!/^NNS?$/.test(noun.pos) || !/^\p{Ll}/u.test(noun.text)) continue;
      const labels = kindLabels(noun.lemma)?.filter((l) => PLACE_LABELS.has(l));
      if (!labels?.length || !isProper(tokens[j - 1])) continue;
      let i = j - 1;
      while (i > 0 && isProper(tokens[i - 1])) i--;
      if (taken.overlapping(sentence.index, tokens[i]!.start, tokens[j - 1]!.end)) continue;
      const mention = make(sentence.index, tokens[i]!, tokens[j - 1]!, { labels } as SuggestedMention);
      names.set(mention.text, mention);
    }
  }
  if (names.size === 0) return out;
  // The same name again, as a whole run of proper nouns.
  for (const sentence of analysed.sentences) {
    const tokens = sentence.tokens;
    for (let i = 0; i < tokens.length; i++) {
      if (!isProper(tokens[i]) || isProper(tokens[i - 1])) continue;
      let j = i;
      while (isProper(tokens[j + 1])) j++;
      const like = names.get(analysed.text.slice(tokens[i]!.start, tokens[j]!.end));
      if (!like || taken.overlapping(sentence.index, tokens[i]!.start, tokens[j]!.end)) continue;
      make(sentence.index, tokens[i]!, tokens[j]!, like);
    }
  }
  return out;
}
