import { articleProvenanceSchema, corroborationSchema, factSourceSchema } from "./provenance.ts";
import { z } from "zod";
import { graphJsonSchema, graphNodeSchema, graphRelationshipSchema } from "./graph.ts";
import { LIMITS } from "./limits.ts";
import { countParam, textParam } from "./queryParams.ts";
import { noteHitSchema } from "./investigations.ts";
import { SLUG_MAX } from "../corpus/slugPattern.ts";

/**
 * Requests and answers of the explorer's read-only API. Request schemas give
 * their messages as "must …" phrases: the server turns a failure into one
 * sentence naming the field (graph/server/api/validate.ts).
 */

const ELEMENT_ID_EXAMPLE = "4:c0ffee00-0000-4000-8000-000000000000:0";

// ---- requests ----

export const searchQuerySchema = z.object({
  q: textParam("the text to search for", LIMITS.searchQueryMaxLength).meta({
    description: "Text to search for (prefix, case and accent insensitive)",
    example: "goita",
  }),
  limit: countParam(LIMITS.searchMax, LIMITS.searchDefault).meta({ description: "Hits at most", example: 5 }),
});

export const elementIdParamsSchema = z.object({
  id: z.string().meta({ description: "Neo4j element id", example: ELEMENT_ID_EXAMPLE }),
});

export const slugParamsSchema = z.object({
  slug: z
    .string()
    .min(1, "must not be empty")
    .max(SLUG_MAX, `must be at most ${SLUG_MAX} characters`)
    .meta({ description: "The article's folder name", example: "2025-06-23-goita-moscow" }),
});

/** The message when a body is not an object at all; other issues keep theirs (unknown fields are named). */
function objectExpected(example: string) {
  return (issue: { code?: string }) =>
    issue.code === "invalid_type" ? `must be a JSON object such as ${example}` : undefined;
}

const elementId = z.string({ error: "must be an element id (a string)" });
const relType = z
  .string({ error: "must be a relationship type (a string)" })
  .min(1, "must not be empty")
  .max(200, "must be at most 200 characters");

export const expandRequestSchema = z
  .strictObject(
    {
      ids: z
        .array(elementId, { error: "must be a list of node element ids" })
        .min(1, "must name at least one node")
        .max(LIMITS.expandIdsMax, `must name at most ${LIMITS.expandIdsMax} nodes`)
        .meta({ description: "The nodes to expand" }),
      types: z
        .array(relType, { error: "must be a list of relationship types" })
        .max(200, "must list at most 200 types")
        .optional()
        .meta({ description: "Only these relationship types (default: every domain type)" }),
      direction: z.enum(["out", "in", "both"], { error: 'must be "out", "in" or "both"' }).default("both"),
      limit: z
        .number({ error: "must be a number" })
        .int("must be a whole number")
        .min(1, `must be from 1 to ${LIMITS.expandMax}`)
        .max(LIMITS.expandMax, `must be from 1 to ${LIMITS.expandMax}`)
        .default(LIMITS.expandDefault)
        .meta({ description: "New neighbours at most" }),
      lexical: z
        .boolean({ error: "must be true or false" })
        .default(false)
        .meta({ description: "Without `types`, also follow HAS_SENTENCE and MENTIONS" }),
      exclude: z
        .array(elementId, { error: "must be a list of node element ids" })
        .max(LIMITS.expandExcludeMax, `must list at most ${LIMITS.expandExcludeMax} ids`)
        .optional()
        .meta({ description: "Nodes not to return (those already on screen)" }),
      detail: z.enum(["light", "full"], { error: 'must be "light" or "full"' }).default("light").meta({
        description:
          "`light`: each element keeps only what the explorer draws and filters by: its caption (`name`, `title`, `slug`, `id`, else `text`), its date values and a relationship's `article`; `full`: every property, evidence included",
      }),
    },
    { error: objectExpected('{"ids": ["4:…:0"]}') },
  )
  .meta({ example: { ids: [ELEMENT_ID_EXAMPLE], limit: 100 } });

const idList = (what: string) =>
  z
    .array(elementId, { error: `must be a list of ${what} element ids` })
    .max(LIMITS.elementsMax, `must list at most ${LIMITS.elementsMax} ids`)
    .default([]);

export const elementsRequestSchema = z
  .strictObject(
    {
      nodeIds: idList("node").meta({ description: "The nodes to read" }),
      relationshipIds: idList("relationship").meta({ description: "The relationships to read" }),
      statements: z.boolean({ error: "must be true or false" }).default(false).meta({
        description:
          "With true, each relationship that states a fact comes with every relationship stating that fact (same start, type and end), one per statement, as an export of a view of facts writes them",
      }),
    },
    { error: objectExpected('{"nodeIds": ["4:…:0"], "relationshipIds": ["5:…:3"]}') },
  )
  .meta({ example: { nodeIds: [ELEMENT_ID_EXAMPLE], relationshipIds: [] } });

export const pathsRequestSchema = z
  .strictObject(
    {
      from: z.string({ error: "must be a node element id (a string)" }),
      to: z.string({ error: "must be a node element id (a string)" }),
      maxHops: z
        .number({ error: "must be a number" })
        .int("must be a whole number")
        .min(1, `must be from 1 to ${LIMITS.pathsHopsMax}`)
        .max(LIMITS.pathsHopsMax, `must be from 1 to ${LIMITS.pathsHopsMax}`)
        .default(LIMITS.pathsHopsDefault),
    },
    { error: objectExpected('{"from": "4:…:0", "to": "4:…:1"}') },
  )
  .meta({
    example: { from: ELEMENT_ID_EXAMPLE, to: "4:c0ffee00-0000-4000-8000-000000000000:7", maxHops: 6 },
  });

// ---- answers ----

const count = z.number().int().min(0);

export const schemaResponseSchema = z.object({
  labels: z.array(z.object({ label: z.string(), count })),
  relationshipTypes: z.array(z.object({ type: z.string(), count })),
  propertyKeys: z.array(z.string()),
});
export type SchemaResponse = z.infer<typeof schemaResponseSchema>;

export const searchResponseSchema = z
  .object({
    query: z.string(),
    hits: z.array(z.object({ node: graphNodeSchema, score: z.number() })),
    notes: z.array(noteHitSchema).meta({
      description:
        "Notes of saved investigations whose text holds every word typed (read from data/investigations), newest first.",
    }),
  })
  .meta({ description: "Best matches first." });
export type SearchResponse = z.infer<typeof searchResponseSchema>;

const highlightSchema = z.object({
  start: z.number().int(),
  end: z.number().int(),
  /** The node whose mention it is, or for evidence the relationship's id. */
  entity: z.string(),
  kind: z.enum(["mention", "evidence"]),
});

/** One sentence of an article, with where the entities in question are named in it. */
export const evidenceSentenceSchema = z
  .object({
    article: z.string(),
    articleTitle: z.string(),
    published: z
      .string()
      .nullable()
      .optional()
      .meta({ description: "The article's publication date (ISO 8601)." }),
    index: z.number().int().min(0),
    text: z.string(),
    highlights: z
      .array(highlightSchema)
      .meta({ description: "Offsets into `text` (UTF-16 code units) of the mentions and quotes shown." }),
  })
  .meta({ id: "EvidenceSentence" });
export type EvidenceSentence = z.infer<typeof evidenceSentenceSchema>;

export const degreeEntrySchema = z.object({
  type: z.string(),
  direction: z.enum(["out", "in"]),
  count,
});
export type DegreeEntry = z.infer<typeof degreeEntrySchema>;

export const nodeDetailsSchema = z.object({
  node: graphNodeSchema,
  degree: z.array(degreeEntrySchema).meta({ description: "Per relationship type and direction." }),
  totalDegree: count,
  mentionCount: count.meta({
    description: "Every sentence that mentions the node (`mentions` stops at 200).",
  }),
  mentions: z.array(evidenceSentenceSchema),
});
export type NodeDetails = z.infer<typeof nodeDetailsSchema>;

export const expandResponseSchema = z.object({
  graph: graphJsonSchema,
  truncated: z.boolean().meta({ description: "More neighbours exist than were returned." }),
  total: count.meta({ description: 'Distinct new neighbours in total (for "showing 100 of 1,240").' }),
  totalExact: z
    .boolean()
    .meta({ description: "False when `total` is an upper bound (the relationship count of a hub)." }),
  returned: count,
});
export type ExpandResponse = z.infer<typeof expandResponseSchema>;

export const relationshipDetailsSchema = z.object({
  relationship: graphRelationshipSchema,
  start: graphNodeSchema,
  end: graphNodeSchema,
  evidence: z.array(evidenceSentenceSchema),
  corroboration: corroborationSchema,
  sources: z.array(factSourceSchema).meta({
    description: "The independent sources that state the fact, most articles first (at most 500 articles).",
  }),
});
export type RelationshipDetails = z.infer<typeof relationshipDetailsSchema>;

export const pathsResponseSchema = z.object({
  paths: z
    .array(z.object({ nodes: z.array(z.string()), relationships: z.array(z.string()) }))
    .meta({ description: "Each path as node ids and relationship ids in order." }),
  graph: graphJsonSchema,
});
export type PathsResponse = z.infer<typeof pathsResponseSchema>;

export const articleSummarySchema = z
  .object({
    slug: z.string(),
    title: z.string(),
    publisher: z.string(),
    published: z.string().nullable(),
    language: z.string().meta({ description: "The article's language tag (meta.json), such as en or fr." }),
    sentenceCount: count,
  })
  .meta({ id: "ArticleSummary" });
export type ArticleSummary = z.infer<typeof articleSummarySchema>;

export const articlesResponseSchema = z.object({
  articles: z.array(
    articleSummarySchema.extend({
      entityCount: count.meta({ description: "Entities the article annotates." }),
      relationshipCount: count.meta({ description: "Relationships the article states." }),
      wire: articleProvenanceSchema.shape.wire.optional(),
      reprintOf: articleProvenanceSchema.shape.reprintOf.optional(),
      shared: articleProvenanceSchema.shape.shared.optional(),
    }),
  ),
});

export const articleTextSchema = z.object({
  article: articleSummarySchema.extend({ attribution: z.string(), text: z.string() }),
  provenance: articleProvenanceSchema,
  mentions: z
    .array(
      z.object({
        start: z.number().int(),
        end: z.number().int(),
        entityNodeId: z.string(),
        entityId: z.string(),
        sentence: z.number().int(),
      }),
    )
    .meta({ description: "Offsets into `text` (UTF-16 code units), in reading order." }),
});
export type ArticleText = z.infer<typeof articleTextSchema>;

export const startViewQuerySchema = z.object({
  limit: countParam(LIMITS.startViewNodes, LIMITS.startViewDefault).meta({
    description: "Entities at most: the explorer asks for what its canvas can show with readable labels",
    example: 70,
  }),
});

export const startViewResponseSchema = z.object({
  graph: graphJsonSchema,
  capped: z.boolean().meta({ description: "The database holds more entities than the view shows." }),
  totalNodes: count,
});
export type StartViewResponse = z.infer<typeof startViewResponseSchema>;

export const healthResponseSchema = z.object({
  status: z.literal("ok"),
  neo4j: z.object({ reachable: z.literal(true), version: z.string(), edition: z.string() }),
  counts: z.object({
    nodes: count,
    relationships: count,
    labels: z.record(z.string(), count),
    types: z.record(z.string(), count),
  }),
});
export type HealthResponse = z.infer<typeof healthResponseSchema>;
