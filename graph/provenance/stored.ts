import { z } from "zod";
import { idSchema } from "../model/annotation.ts";
import { provenanceDecisionSchema } from "../model/provenanceDecision.ts";

/**
 * provenance.json, kept in the article folder beside article.txt: what the
 * detector found in the text (computed at add, or at load for a folder
 * without it) and the reviewer's decision, which wins over it.
 */

const offset = z.number().int().min(0);

export const wireCreditSchema = z.strictObject({
  agency: z.string().min(1),
  start: offset,
  end: offset,
  quote: z.string(),
});

export const storedProvenanceSchema = z.strictObject({
  wire: wireCreditSchema.nullable(),
  reprintOf: idSchema.nullable(),
  shared: z.number().int().min(0).max(100).nullable(),
  outlet: z.string().min(1).nullable(),
  /** The agency another copy of the same wording credits, when this one credits none. */
  copyWire: z.string().min(1).optional(),
  /** The independent source as detected (the decision may change it). */
  origin: z.string().min(1),
  decision: provenanceDecisionSchema.optional(),
});

export type StoredProvenance = z.infer<typeof storedProvenanceSchema>;
