import { z } from "zod";
import { dateValueSchema, propertiesSchema } from "./values.ts";

/** Entity labels the annotation may use; every entity also gets :Entity. */
export const ENTITY_LABELS = [
  "Person",
  "Country",
  "City",
  "Place",
  "Region",
  "Organization",
  "Company",
  "StateBody",
  "ArmedGroup",
  "Mission",
  "Agreement",
  "Event",
  "Project",
  "Facility",
] as const;
export type EntityLabel = (typeof ENTITY_LABELS)[number];

/** Relationship types the loader writes itself and the annotation may not use. */
export const LEXICAL_TYPES = ["HAS_SENTENCE", "MENTIONS"] as const;

/** The longest id: Neo4j indexes a property of at most about 8 KB, and a readable id is far shorter. */
export const MAX_ID_LENGTH = 200;

export const idSchema = z
  .string()
  .max(MAX_ID_LENGTH, `ids are at most ${MAX_ID_LENGTH} characters long`)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "ids are lower-case words joined by hyphens");

const surfaceSchema = z.string().trim().min(1, "must not be empty");

/** Where a place is, in WGS-84 degrees, as a reviewer sets it: it wins over the gazetteer's. */
export const locationSchema = z.strictObject({
  lat: z.number().min(-90, "latitude is at least -90 degrees").max(90, "latitude is at most 90 degrees"),
  lon: z
    .number()
    .min(-180, "longitude is at least -180 degrees")
    .max(180, "longitude is at most 180 degrees"),
});

export const entitySchema = z.strictObject({
  id: idSchema,
  labels: z.array(z.enum(ENTITY_LABELS)).min(1, "needs at least one label"),
  name: surfaceSchema,
  aliases: z.array(surfaceSchema).default([]),
  /** Adjectives of nationality ("Malian") that count as mentions of the entity. */
  demonyms: z.array(surfaceSchema).default([]),
  properties: propertiesSchema.default({}),
  /** The reviewer's location; null: the reviewer said it has none (the gazetteer's is not taken). */
  location: locationSchema.nullable().optional(),
});
export type Entity = z.infer<typeof entitySchema>;

export const relationSchema = z.strictObject({
  id: idSchema,
  type: z
    .string()
    .regex(/^[A-Z][A-Z0-9_]*$/, "relationship types are UPPER_SNAKE_CASE")
    .refine((t) => !(LEXICAL_TYPES as readonly string[]).includes(t), "is reserved for the lexical layer"),
  from: idSchema,
  to: idSchema,
  properties: propertiesSchema.default({}),
  evidence: z.array(z.string().min(1, "must not be empty")).min(1, "needs at least one evidence quote"),
});
export type Relation = z.infer<typeof relationSchema>;

export const annotationSchema = z.strictObject({
  entities: z.array(entitySchema),
  relations: z.array(relationSchema),
});
export type Annotation = z.infer<typeof annotationSchema>;

export const metadataSchema = z.strictObject({
  slug: idSchema,
  title: z.string().min(1),
  publisher: z.string().min(1),
  /** null: the date is unknown (it was not found and not given); never invented as the day of the add. */
  published: dateValueSchema.nullable(),
  language: z.string().regex(/^[a-z]{2,3}(-[A-Z]{2})?$/, "is a language tag such as en or fr-FR"),
  source: z.string().min(1).optional(),
  attribution: z.string().min(1),
});
export type Metadata = z.infer<typeof metadataSchema>;
