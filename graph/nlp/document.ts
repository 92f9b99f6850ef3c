import { z } from "zod";

/** The parts of CoreNLP's JSON output (tokenize, ssplit, pos, lemma, ner, depparse, coref) that the suggestions read. */
export const tokenSchema = z.object({
  index: z.number(),
  word: z.string(),
  originalText: z.string(),
  /** Absent from the French pipeline, which has no lemmatizer. */
  lemma: z.string().optional(),
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

/** One arc of the enhanced++ dependency graph; token numbers count from 1, and 0 is the root. */
export const dependencySchema = z.object({
  dep: z.string(),
  governor: z.number(),
  dependent: z.number(),
});
export type NlpDependency = z.infer<typeof dependencySchema>;

export const sentenceSchema = z.object({
  index: z.number(),
  tokens: z.array(tokenSchema),
  entitymentions: z.array(entityMentionSchema).default([]),
  enhancedPlusPlusDependencies: z.array(dependencySchema).default([]),
  /** The basic parse: all the French pipeline gives. */
  basicDependencies: z.array(dependencySchema).default([]),
});
export type NlpSentence = z.infer<typeof sentenceSchema>;

/** One mention of a coreference chain; sentNum and token indices count from 1, endIndex is exclusive. */
export const corefMentionSchema = z.object({
  text: z.string(),
  type: z.string(),
  sentNum: z.number(),
  startIndex: z.number(),
  endIndex: z.number(),
  isRepresentativeMention: z.boolean(),
});
export type NlpCorefMention = z.infer<typeof corefMentionSchema>;

export const nlpDocumentSchema = z.object({
  sentences: z.array(sentenceSchema),
  /** Coreference chains by id (the coref annotator); absent when it did not run. */
  corefs: z.record(z.string(), z.array(corefMentionSchema)).default({}),
});
export type NlpDocument = z.infer<typeof nlpDocumentSchema>;
