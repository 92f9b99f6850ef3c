import { z } from "zod";
import { idSchema } from "../model/annotation.ts";
import { evidenceSentenceSchema } from "./explorer.ts";

/** Why two entities may be one thing; each candidate pair carries one or more. */
export const DUPLICATE_REASONS = [
  "shared-alias",
  "name-contains",
  "titled-surname",
  "spelling",
  "same-neighbours",
  "same-label",
] as const;
export type DuplicateReason = (typeof DUPLICATE_REASONS)[number];

/** One side of a candidate pair, as the reviewer weighs it. */
export const duplicateSideSchema = z.strictObject({
  id: idSchema,
  name: z.string(),
  labels: z.array(z.string()),
  aliases: z.array(z.string()),
  articles: z.number().int().min(0).meta({ description: "Articles that name it." }),
  draft: z.string().nullable().meta({
    description: "The slug of the unpublished draft it comes from; null for an entity of the graph.",
  }),
  quotes: z
    .array(evidenceSentenceSchema)
    .meta({ description: "Up to three sentences that name it, from different articles where there are." }),
});
export type DuplicateSide = z.infer<typeof duplicateSideSchema>;

/** Two entities that may be the same thing, with the reasons, strongest pairs first. */
export const duplicateCandidateSchema = z.strictObject({
  a: duplicateSideSchema,
  b: duplicateSideSchema,
  score: z.number().min(0).max(1),
  reasons: z
    .array(
      z.strictObject({
        kind: z.enum(DUPLICATE_REASONS),
        detail: z.string().meta({ description: '"“Goïta” and “Goita” differ only in accents".' }),
      }),
    )
    .min(1),
});
export type DuplicateCandidate = z.infer<typeof duplicateCandidateSchema>;

export const duplicatesQuerySchema = z.object({
  limit: z.coerce
    .number()
    .int()
    .min(1)
    .max(500)
    .default(50)
    .meta({ description: "How many pairs, strongest first (1 to 500)", example: 50 }),
});

export const duplicatesResponseSchema = z.strictObject({
  candidates: z.array(duplicateCandidateSchema),
  /** Entities compared (graph and drafts). */
  compared: z.number().int().min(0),
});
export type DuplicatesResponse = z.infer<typeof duplicatesResponseSchema>;

/** A kept decision, as data/decisions/same-as.json holds it. */
export const sameAsDecisionSchema = z.strictObject({
  keep: idSchema,
  drop: idSchema,
  /** The names at the time of the decision, so the file reads on its own. */
  keepName: z.string(),
  dropName: z.string(),
  decided: z.string().meta({ description: "ISO 8601 time of the decision." }),
});
export type SameAsDecision = z.infer<typeof sameAsDecisionSchema>;

export const notSameDecisionSchema = z.strictObject({
  a: idSchema,
  b: idSchema,
  /** The names at the time of the decision; files written before they were kept have none. */
  aName: z.string().optional(),
  bName: z.string().optional(),
  decided: z.string(),
});
export type NotSameDecision = z.infer<typeof notSameDecisionSchema>;

/** data/decisions/same-as.json: merges and "not the same" pairs, applied on every load and suggestion. */
export const decisionsFileSchema = z.strictObject({
  same: z.array(sameAsDecisionSchema).default([]),
  notSame: z.array(notSameDecisionSchema).default([]),
});
export type DecisionsFile = z.infer<typeof decisionsFileSchema>;

export const mergeRequestSchema = z.strictObject({
  keep: idSchema.meta({
    description: "The id that stays; the other's mentions, aliases and relationships move to it.",
  }),
  drop: idSchema,
});
export type MergeRequest = z.infer<typeof mergeRequestSchema>;

export const notSameRequestSchema = z.strictObject({ a: idSchema, b: idSchema });
export type NotSameRequest = z.infer<typeof notSameRequestSchema>;

export const undoNotSameRequestSchema = z.strictObject({
  a: idSchema.meta({ description: "One id of a pair marked not the same, either way round." }),
  b: idSchema,
});
export type UndoNotSameRequest = z.infer<typeof undoNotSameRequestSchema>;

export const undoMergeRequestSchema = z.strictObject({
  drop: idSchema.meta({
    description: "The id a merge dropped; it comes back with what its articles say of it.",
  }),
});
export type UndoMergeRequest = z.infer<typeof undoMergeRequestSchema>;

/** The answer to a merge, a "not the same" or an undo: the decisions as they now stand, and what was reloaded. */
export const decisionsResponseSchema = z.strictObject({
  decisions: decisionsFileSchema,
  reloaded: z
    .array(z.string())
    .meta({ description: "Slugs of the articles loaded again to apply the change." }),
});
export type DecisionsResponse = z.infer<typeof decisionsResponseSchema>;
