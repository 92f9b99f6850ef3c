import { z } from "zod";
import { type Annotation, entitySchema, metadataSchema, relationSchema } from "./annotation.ts";
import { dateValueSchema } from "./values.ts";

/**
 * A draft annotation: the same entities and relations as annotation.json, each
 * with what a reviewer needs to judge it. Suggested items carry the engine
 * that proposed them and a score; every mention and every evidence quote is a
 * span of article.txt ([start, end) in UTF-16 code units, as JavaScript
 * strings count), so a quote is verbatim by construction.
 */

export const REVIEW_STATUSES = ["suggested", "accepted", "rejected"] as const;
export const reviewStatusSchema = z.enum(REVIEW_STATUSES);
export type ReviewStatus = z.infer<typeof reviewStatusSchema>;

const offset = z.number().int().min(0);

export const spanSchema = z
  .strictObject({ start: offset, end: offset, text: z.string().min(1, "must not be empty") })
  .refine((s) => s.end > s.start, "end must come after start");
export type Span = z.infer<typeof spanSchema>;

const reviewFields = {
  status: reviewStatusSchema,
  /** What proposed the item: "corenlp", "rules", "gazetteer", "person", ... joined by "+". */
  engine: z.string().min(1),
  /** Confidence between 0 and 1; 1 for what a person entered. */
  score: z.number().min(0).max(1),
};

/** Another graph entity the suggestion might be, when linking was unsure. */
export const candidateSchema = z.strictObject({
  id: z.string().min(1),
  name: z.string().min(1),
  labels: z.array(z.string()),
  score: z.number().min(0).max(1),
  /** Why it is a candidate, when not for an equal name ("Wagner Group" contains the graph's "Wagner"). */
  reason: z.string().optional(),
});
export type Candidate = z.infer<typeof candidateSchema>;

export const draftEntitySchema = entitySchema.extend({
  ...reviewFields,
  mentions: z.array(spanSchema).default([]),
  /** True when the id is that of an entity already in the graph. */
  existing: z.boolean().default(false),
  candidates: z.array(candidateSchema).default([]),
});
export type DraftEntity = z.infer<typeof draftEntitySchema>;

export const draftRelationSchema = relationSchema.extend({
  ...reviewFields,
  /** The evidence quotes as spans, in the order of `evidence`. */
  evidenceSpans: z.array(spanSchema).min(1, "needs at least one evidence span"),
  /** The words of the text the type was taken from, when it is a new type. */
  trigger: z.string().optional(),
});
export type DraftRelation = z.infer<typeof draftRelationSchema>;

export const draftSchema = z.strictObject({
  /** SHA-256 of article.txt as UTF-8: the draft belongs to exactly that text. */
  textHash: z.string().regex(/^[0-9a-f]{64}$/, "is a SHA-256 in hex"),
  engines: z.array(z.string()),
  /** One-line remarks of the run, such as an engine that could not be reached. */
  notes: z.array(z.string()).default([]),
  entities: z.array(draftEntitySchema),
  relations: z.array(draftRelationSchema),
  /**
   * The publication date the reviewer set ({"date": ...}) or cleared (null: date unknown);
   * absent: meta.json's date stands. Publishing writes it to meta.json.
   */
  published: dateValueSchema.nullable().optional(),
  /**
   * The article's language as the reviewer corrected it ("fr"); absent: meta.json's stands.
   * Suggesting again reads the text in it; publishing writes it to meta.json.
   */
  language: metadataSchema.shape.language.optional(),
});
export type Draft = z.infer<typeof draftSchema>;

/**
 * The annotation a draft stands for: its entities and relations with the
 * review fields dropped, in the shape annotation.json has. `keep` chooses
 * which items count (publishing keeps the accepted ones).
 */
export function draftAnnotation(
  draft: Draft,
  keep: (status: ReviewStatus) => boolean = () => true,
): Annotation {
  const entities = draft.entities
    .filter((e) => keep(e.status))
    .map(({ id, labels, name, aliases, demonyms, properties, location }) => ({
      id,
      labels,
      name,
      aliases,
      demonyms,
      properties,
      ...(location !== undefined ? { location } : {}),
    }));
  const kept = new Set(entities.map((e) => e.id));
  const relations = draft.relations
    .filter((r) => keep(r.status) && kept.has(r.from) && kept.has(r.to))
    .map(({ id, type, from, to, properties, evidence }) => ({ id, type, from, to, properties, evidence }));
  return { entities, relations };
}
