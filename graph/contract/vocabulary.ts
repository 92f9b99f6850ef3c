import { z } from "zod";
import { additionSchema } from "../model/vocabulary/vocabulary.ts";

/** One relationship type as the Annotate view and the legend show it. */
export const vocabularyTypeSchema = z.strictObject({
  name: z.string(),
  family: z.string().meta({ description: "The family's id (leadership, membership, ...)." }),
  description: z.string(),
  sources: z.array(z.string()).meta({ description: "The schemes it follows (ACE 2005, CAMEO, Wikidata)." }),
  added: z.boolean().meta({ description: "True for a type a reviewer added (data/vocabulary.json)." }),
});

export const vocabularyResponseSchema = z
  .strictObject({
    families: z.array(z.strictObject({ id: z.string(), label: z.string() })),
    types: z.array(vocabularyTypeSchema),
  })
  .meta({
    id: "Vocabulary",
    description: "The relationship types, by family, with the reviewers' additions.",
  });
export type VocabularyAnswer = z.infer<typeof vocabularyResponseSchema>;

export const addTypeRequestSchema = additionSchema.meta({
  id: "NewRelationshipType",
  description: "A type the vocabulary lacks: its UPPER_SNAKE_CASE name, its family and what it means.",
});
