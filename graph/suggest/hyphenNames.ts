import type { EntityLabel } from "../model/annotation.ts";
import { foldName } from "../lexical/fold.ts";
import { countryNamed } from "./demonyms.ts";
import type { SuggestedMention } from "./mentions.ts";
import type { AnalysedText } from "./text.ts";

/**
 * "the Portugal-Brazil agreement", "the U.S.-Philippines alliance": two names
 * joined by a hyphen before a noun, which the NER often leaves untagged. Each
 * is a mention when it is a country's name or a name the text gives elsewhere.
 * (A pair the NER tagged as one name is split in refine.ts.)
 */
export function hyphenPairMentions(
  analysed: AnalysedText,
  mentions: readonly SuggestedMention[],
): SuggestedMention[] {
  const known = new Map(
    mentions.filter((m) => m.kind === "named").map((m) => [foldName(m.name ?? m.text), m.labels] as const),
  );
  const labelsOf = (text: string): EntityLabel[] | undefined =>
    countryNamed(text, analysed.language) ? ["Country"] : known.get(foldName(text));
  const out: SuggestedMention[] = [];
  for (const sentence of analysed.sentences) {
    const tokens = sentence.tokens;
    for (let i = 0; i + 2 < tokens.length; i++) {
      const [a, dash, b] = [tokens[i]!, tokens[i + 1]!, tokens[i + 2]!];
      if (dash.text !== "-" || a.end !== dash.start || dash.end !== b.start) continue;
      if (!/^NNP/.test(a.pos) || !/^NNP/.test(b.pos)) continue;
      const over = mentions.filter(
        (m) => m.sentence === sentence.index && m.start < b.end && a.start < m.end,
      );
      // One of the two already a mention of its own ("Philippines" taken for a demonym) stays as it is.
      const alone = (t: typeof a) => over.some((m) => m.start === t.start && m.end === t.end);
      if (
        over.some(
          (m) => !(m.start === a.start && m.end === a.end) && !(m.start === b.start && m.end === b.end),
        )
      )
        continue;
      const [la, lb] = [labelsOf(a.text), labelsOf(b.text)];
      if (!la || !lb) continue;
      for (const [t, labels] of [
        [a, la],
        [b, lb],
      ] as const) {
        if (alone(t)) continue;
        out.push({
          sentence: sentence.index,
          start: t.start,
          end: t.end,
          text: t.text,
          labels: [...labels],
          kind: "named",
          engine: "rules",
          score: 0.6,
        });
      }
    }
  }
  return out;
}
