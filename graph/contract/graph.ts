import { z } from "zod";
import type { GraphJson, GraphNode, GraphRelationship, JsonValue, StatedWhen } from "../model/graphJson.ts";
import { goitaNode } from "./examples.ts";

/**
 * Schemas of the graph shape of graph/model/graphJson.ts. The types stay there
 * (the exports and the app's drawing code use them without zod); each schema
 * is declared as a ZodType of its type, so the compiler keeps the two in step.
 */

const temporal = z.enum(["date", "time", "localtime", "datetime", "localdatetime", "duration"]);

export const jsonValueSchema: z.ZodType<JsonValue> = z
  .lazy(() =>
    z.union([
      z.string(),
      z.number(),
      z.boolean(),
      z.null(),
      z.array(jsonValueSchema),
      z.object({ $type: z.literal("integer"), value: z.string() }),
      z.object({
        $type: z.literal("float"),
        value: z.union([z.number(), z.enum(["NaN", "Infinity", "-Infinity"])]),
      }),
      z.object({ $type: temporal, value: z.string() }),
      z.object({
        $type: z.literal("point"),
        srid: z.number(),
        x: z.number(),
        y: z.number(),
        z: z.number().optional(),
      }),
      z.object({ $type: z.literal("bytes"), value: z.string() }),
      z.object({ $type: z.literal("map"), value: z.record(z.string(), jsonValueSchema) }),
      z.record(z.string(), jsonValueSchema),
    ]),
  )
  .meta({
    id: "JsonValue",
    description:
      'A Neo4j value as JSON: plain JSON where it is exact, else tagged, e.g. {"$type": "date", "value": "2025-06-23"} or {"$type": "integer", "value": "9007199254740993"} (see docs/api.md, "JSON values").',
  });

const properties = z.record(z.string(), jsonValueSchema);

const factCount = z.number().int().min(0);

const statedWhenSchema: z.ZodType<StatedWhen> = z.tuple([z.string(), z.string()]).meta({
  id: "StatedWhen",
  description:
    'A way the statements of a fact are dated: [their date values as key=value joined by ";" ("" when none), the earliest publication day YYYY-MM-DD of the articles stating it so ("" when one of them has no date)]',
  example: ["date=2025-06-23", "2025-06-23"],
});

export const graphNodeSchema: z.ZodType<GraphNode> = z
  .object({
    id: z.string().meta({ description: "Neo4j element id" }),
    labels: z.array(z.string()),
    properties,
  })
  .meta({ id: "GraphNode", example: goitaNode });

export const graphRelationshipSchema: z.ZodType<GraphRelationship> = z
  .object({
    id: z.string(),
    type: z.string(),
    start: z.string().meta({ description: "element id of the start node" }),
    end: z.string().meta({ description: "element id of the end node" }),
    properties,
    articles: factCount
      .optional()
      .meta({ description: "Articles stating the fact (same start, type and end), when it states one." }),
    sources: factCount.optional().meta({
      description:
        "Independent sources of the fact (distinct origins of those articles), when it states one.",
    }),
    statements: factCount.optional().meta({
      description:
        "When the answer draws a fact as one edge: the relationships stating it (same start, type and end, each naming an article). The edge's id is theirs with the smallest element id; GET /api/relationships/:id lists them all with their quotes.",
    }),
    stated: z.array(statedWhenSchema).optional().meta({
      description: "When more than one relationship states the fact: when they are dated.",
    }),
  })
  .meta({ id: "GraphRelationship" });

export const graphJsonSchema: z.ZodType<GraphJson> = z
  .object({ nodes: z.array(graphNodeSchema), relationships: z.array(graphRelationshipSchema) })
  .meta({ id: "Graph" });
