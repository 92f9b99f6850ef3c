import { z } from "zod";
import { provenanceDecisionSchema } from "../model/provenanceDecision.ts";

/** Where an article's wording comes from (provenance.json, with the reviewer's decision laid over it). */
export const articleProvenanceSchema = z.strictObject({
  wire: z.string().nullable().meta({
    description: 'The agency the article is credited to, by its short name ("AP", "AFP", "Reuters").',
  }),
  reprintOf: z
    .string()
    .nullable()
    .meta({ description: "The slug of the original it reprints: the earliest published copy." }),
  shared: z
    .number()
    .int()
    .min(0)
    .max(100)
    .nullable()
    .meta({ description: "Percent of the article's own wording found in its original." }),
});
export type ArticleProvenance = z.infer<typeof articleProvenanceSchema>;

/** The add's answer: the same, and that in one or two sentences. */
export const addedProvenanceSchema = articleProvenanceSchema.extend({
  note: z.string().meta({ description: "“Reprint of “…” (Arab News), 83% shared; credited to AP.”" }),
});

const tally = z.number().int().min(0);

/** How many state one fact (start, type and end), counted four ways. */
export const corroborationSchema = z.strictObject({
  statements: tally.meta({ description: "Relationships with this start, type and end (one per statement)." }),
  articles: tally.meta({ description: "Articles that state it." }),
  outlets: tally.meta({
    description: "Distinct outlets among them (an article of no known outlet counts as itself).",
  }),
  sources: tally.meta({
    description:
      "Independent sources: distinct origins. A reprint or a credited wire story counts as its agency, an outlet's own reporting (and its updates) as the outlet.",
  }),
});
export type Corroboration = z.infer<typeof corroborationSchema>;

/** One independent source of a fact, with its articles (reprints after their original). */
export const factSourceSchema = z.strictObject({
  origin: z.string().meta({ description: '"wire:AP", "outlet:arabnews" or "article:<slug>".' }),
  label: z.string().meta({ description: 'As the panel shows it: "AP", "Arab News".' }),
  articles: z.array(
    z.strictObject({
      slug: z.string(),
      title: z.string(),
      publisher: z.string(),
      reprintOf: z.string().nullable(),
    }),
  ),
});
export type FactSource = z.infer<typeof factSourceSchema>;

/** The Annotate view's provenance of an article: as shown (the decision laid over), as detected, and the decision. */
export const provenanceReviewSchema = articleProvenanceSchema.extend({
  detected: articleProvenanceSchema,
  decision: provenanceDecisionSchema.nullable(),
});
export type ProvenanceReview = z.infer<typeof provenanceReviewSchema>;

/** A reviewer's decision to keep (null: none, the detector's values stand). */
export const provenanceDecisionRequestSchema = z.strictObject({
  decision: provenanceDecisionSchema.nullable(),
});
export type ProvenanceDecisionRequest = z.infer<typeof provenanceDecisionRequestSchema>;
