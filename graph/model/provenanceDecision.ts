import { z } from "zod";
import { idSchema } from "./annotation.ts";

/**
 * A reviewer's correction of an article's provenance, kept in its
 * provenance.json under `decision`; each field given wins over the detector.
 */
export const provenanceDecisionSchema = z.strictObject({
  notReprint: z.boolean().optional().meta({ description: "The article is not a reprint of any other." }),
  original: idSchema.optional().meta({ description: "The slug of the article it reprints." }),
  agency: z
    .string()
    .min(1, "must name an agency")
    .max(40, "must be at most 40 characters")
    .nullable()
    .optional()
    .meta({ description: 'The agency it is credited to ("AP", "AFP"); null: credited to none.' }),
});
export type ProvenanceDecision = z.infer<typeof provenanceDecisionSchema>;
