import { z } from "zod";
import { foldName } from "../../graph/lexical/fold.ts";
import type { EntityLabel } from "../../graph/model/annotation.ts";
import type { Draft, DraftEntity } from "../../graph/model/draft.ts";

/**
 * The anchor the French suggestions are measured against: CoreNLP's French
 * NER alone, as a user of CoreNLP would call it (tokenize, ssplit, mwt, pos,
 * ner with the French pipeline), scored the same way. It links nothing and
 * proposes no relation.
 */
export const BARE_FRENCH_PROPERTIES = {
  annotators: "tokenize,ssplit,mwt,pos,ner",
  pipelineLanguage: "fr",
  outputFormat: "json",
};

const bareAnswerSchema = z.object({
  sentences: z.array(
    z.object({
      entitymentions: z
        .array(
          z.object({
            text: z.string(),
            ner: z.string(),
            characterOffsetBegin: z.number(),
            characterOffsetEnd: z.number(),
          }),
        )
        .default([]),
    }),
  ),
});
export type BareFrenchAnswer = z.infer<typeof bareAnswerSchema>;

/** One bare French request (the NER alone unless other properties are given); throws with the server's answer when it is not a document. */
export async function bareFrenchNer(
  url: string,
  text: string,
  properties: Record<string, string> = BARE_FRENCH_PROPERTIES,
): Promise<BareFrenchAnswer> {
  const target = `${url.replace(/\/$/, "")}/?properties=${encodeURIComponent(JSON.stringify(properties))}`;
  const response = await fetch(target, {
    method: "POST",
    headers: { "content-type": "text/plain; charset=utf-8" },
    body: text,
    signal: AbortSignal.timeout(120_000),
  });
  const body = await response.text();
  if (!response.ok)
    throw new Error(`CoreNLP answered ${response.status} to the bare French request: ${body.slice(0, 200)}`);
  return bareAnswerSchema.parse(JSON.parse(body));
}

/** CoreNLP's French classes (PER, LOC, ORG, MISC) as entity labels; MISC is counted as a name too. */
const LABELS: Record<string, EntityLabel> = {
  PER: "Person",
  PERSON: "Person",
  LOC: "Place",
  LOCATION: "Place",
  ORG: "Organization",
  ORGANIZATION: "Organization",
  MISC: "Organization",
};

/** The bare NER's mentions as draft entities: one per distinct name (case and accents aside), no relation. */
export function bareNerDraft(answer: BareFrenchAnswer): Pick<Draft, "entities" | "relations"> {
  const byName = new Map<string, DraftEntity>();
  for (const sentence of answer.sentences) {
    for (const m of sentence.entitymentions) {
      const label = LABELS[m.ner];
      if (!label) continue;
      const key = foldName(m.text);
      const span = { start: m.characterOffsetBegin, end: m.characterOffsetEnd, text: m.text };
      const seen = byName.get(key);
      if (seen) {
        seen.mentions.push(span);
        continue;
      }
      byName.set(key, {
        id: `ner-${byName.size}`,
        labels: [label],
        name: m.text,
        aliases: [],
        demonyms: [],
        properties: {},
        status: "suggested",
        engine: "corenlp",
        score: 1,
        mentions: [span],
        existing: false,
        candidates: [],
      });
    }
  }
  return { entities: [...byName.values()], relations: [] };
}
