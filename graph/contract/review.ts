import { z } from "zod";
import { metadataSchema } from "../model/annotation.ts";
import { draftSchema } from "../model/draft.ts";
import { SLUG_MAX, SLUG_PATTERN } from "../corpus/slugPattern.ts";

/**
 * The Annotate view's routes: read an article's draft (or its published
 * annotation as one), save it as the user works, suggest again, publish.
 * Every save names the version it was based on, so two tabs or two people
 * cannot overwrite each other silently.
 */

/** An article folder's name; anything that could leave data/articles fails here. */
export const reviewSlugParamsSchema = z.object({
  slug: z
    .string()
    .max(SLUG_MAX, `must be at most ${SLUG_MAX} characters`)
    .regex(SLUG_PATTERN, "must be an article folder name (lower-case words joined by hyphens)")
    .meta({
      description: "The article's folder name under data/articles",
      example: "2025-06-23-goita-moscow",
    }),
});

/**
 * What a save was based on: the first 16 hex digits of the SHA-256 of
 * draft.json, or "none" while the folder has no draft.json yet (a published
 * article opened for the first time).
 */
export const draftVersionSchema = z
  .string({ error: "must be the version the draft was read at" })
  .regex(/^(none|[0-9a-f]{16})$/, 'must be "none" or 16 hex digits')
  .meta({ description: 'The draft.json version a save is based on ("none": no draft.json yet)' });
export type DraftVersion = z.infer<typeof draftVersionSchema>;

export const REVIEW_STATES = ["draft", "published", "edited"] as const;

/** One article folder as the Annotate view lists it. */
export const reviewSummarySchema = z.strictObject({
  slug: z.string(),
  title: z.string(),
  publisher: z.string(),
  /** The publication date under review ("2025-06-23", "2025-06", ...): the draft's if set there, else meta.json's; null: date unknown. */
  published: z.string().nullable(),
  /** draft: never published; published: annotation.json and no newer draft; edited: a draft saved since. */
  state: z.enum(REVIEW_STATES),
  counts: z.strictObject({ suggested: z.number(), accepted: z.number(), rejected: z.number() }),
});
export type ReviewSummary = z.infer<typeof reviewSummarySchema>;

export const reviewListSchema = z.strictObject({ articles: z.array(reviewSummarySchema) });

/** An article opened for review: its text, metadata and draft, at a version. */
export const reviewDocumentSchema = z.strictObject({
  slug: z.string(),
  meta: metadataSchema,
  text: z.string(),
  draft: draftSchema,
  version: draftVersionSchema,
  state: z.enum(REVIEW_STATES),
});
export type ReviewDocument = z.infer<typeof reviewDocumentSchema>;

export const saveDraftRequestSchema = z.strictObject({
  baseVersion: draftVersionSchema,
  draft: draftSchema,
});
export type SaveDraftRequest = z.input<typeof saveDraftRequestSchema>;

export const saveDraftResponseSchema = z.strictObject({ version: draftVersionSchema });

export const versionRequestSchema = z.strictObject({ baseVersion: draftVersionSchema });

export const publishResponseSchema = z.strictObject({
  slug: z.string(),
  version: draftVersionSchema,
  /** What annotation.json now holds: the accepted items. */
  entities: z.number(),
  relations: z.number(),
  /** What checking the watches against this publish gave: alerts raised, and a sentence per part that failed. */
  watches: z
    .strictObject({
      alerts: z.number().int(),
      warnings: z.array(z.string()),
      /** The kinds of watch still being checked when the publish answered: their alerts come later. */
      pending: z.array(z.string()).optional(),
    })
    .optional(),
});
export type PublishResponse = z.infer<typeof publishResponseSchema>;
