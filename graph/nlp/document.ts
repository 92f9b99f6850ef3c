import { z } from "zod";

/** The parts of CoreNLP's JSON output (tokenize, ssplit, pos, lemma, ner) that the suggestions read. */
export const tokenSchema = z.object({
  index: z.number(),
  word: z.string(),
  originalText: z.string(),
  lemma: z.string(),
  pos: z.string(),
  ner: z.string(),
  characterOffsetBegin: z.number(),
  characterOffsetEnd: z.number(),
});
export type NlpToken = z.infer<typeof tokenSchema>;

export const entityMentionSchema = z.object({
  tokenBegin: z.number(),
  tokenEnd: z.number(),
  text: z.string(),
  characterOffsetBegin: z.number(),
  characterOffsetEnd: z.number(),
  ner: z.string(),
  normalizedNER: z.string().optional(),
  nerConfidences: z.record(z.string(), z.number()).optional(),
});
export type NlpEntityMention = z.infer<typeof entityMentionSchema>;

export const sentenceSchema = z.object({
  index: z.number(),
  tokens: z.array(tokenSchema),
  entitymentions: z.array(entityMentionSchema).default([]),
});
export type NlpSentence = z.infer<typeof sentenceSchema>;

export const nlpDocumentSchema = z.object({ sentences: z.array(sentenceSchema) });
export type NlpDocument = z.infer<typeof nlpDocumentSchema>;
