import { z } from "zod";

/** Where an article's wording comes from (provenance.json, with the reviewer's decision laid over it). */
export const articleProvenanceSchema = z.strictObject({
  wire: z
    .string()
    .nullable()
    .meta({
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
