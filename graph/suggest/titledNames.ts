import { foldName } from "../lexical/fold.ts";
import { isTitle } from "./lexicon.ts";
import type { SuggestedMention } from "./mentions.ts";
import type { AnalysedText } from "./text.ts";

/**
 * "President Xi" after "Xi Jinping": a title before a capitalised word that is
 * a word of a person the text names makes that word a mention of a person,
 * which the NER often leaves untagged when the name stands alone. The title is
 * set aside in refine.ts; clustering joins the word to the person's full name.
 */
export function titledNameMentions(
  analysed: AnalysedText,
  mentions: readonly SuggestedMention[],
): SuggestedMention[] {
  const people = new Set(
    mentions
      .filter((m) => m.kind === "named" && m.labels.includes("Person"))
      .flatMap((m) => foldName(m.name ?? m.text).split(" "))
      .filter((w) => !isTitle(w)),
  );
  const out: SuggestedMention[] = [];
  for (const sentence of analysed.sentences) {
    const tokens = sentence.tokens;
    for (let i = 0; i + 1 < tokens.length; i++) {
      const [title, name] = [tokens[i]!, tokens[i + 1]!];
      const proper = name.pos ? /^NNP/.test(name.pos) : /^\p{Lu}/u.test(name.text);
      if (!/^\p{Lu}/u.test(title.text) || !isTitle(title.text) || !proper) continue;
      // "President Xi Jinping" is the NER's to tag whole.
      const after = tokens[i + 2];
      const longer = after && (after.pos ? /^NNP/.test(after.pos) : /^\p{Lu}/u.test(after.text));
      if (!people.has(foldName(name.text)) || longer) continue;
      const taken = mentions.some(
        (m) => m.sentence === sentence.index && m.start < name.end && name.start < m.end,
      );
      if (taken) continue;
      out.push({
        sentence: sentence.index,
        start: name.start,
        end: name.end,
        text: name.text,
        labels: ["Person"],
        kind: "named",
        engine: "rules",
        score: 0.6,
      });
    }
  }
  return out;
}
