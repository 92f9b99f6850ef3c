import { z } from "zod";
import { LIMITS } from "./limits.ts";

/** The timeline: bins over the whole graph, and when the items of a view were reported. */

const isoDay = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "must be a date of the form YYYY-MM-DD")
  .refine(
    (s) =>
      !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s),
    "must be a real calendar date",
  );

export const timelineQuerySchema = z.object({
  unit: z
    .enum(["day", "month", "year"], { error: 'must be "day", "month" or "year"' })
    .default("month")
    .meta({ description: "How wide a bin is (the explorer chooses it by zoom)", example: "month" }),
  from: isoDay
    .optional()
    .meta({ description: "First day of the bins (default: the first there is)", example: "2025-01-01" }),
  to: isoDay
    .optional()
    .meta({ description: "Last day of the bins (default: the last there is)", example: "2025-12-31" }),
});

const bin = z.object({
  bin: z.string().meta({
    description:
      'ISO text at the unit\'s precision ("2025-06-23", "2025-06", "2025"), or less precise when the value is ("2025-06" in a day unit).',
  }),
  count: z.number().int().min(0),
});

export const timelineResponseSchema = z.object({
  unit: z.enum(["day", "month", "year"]),
  event: z
    .array(bin)
    .meta({ description: "Date values of entities and relationships (event time), by bin." }),
  report: z.array(bin).meta({ description: "Articles by publication date (report time), by bin." }),
});
export type TimelineResponse = z.infer<typeof timelineResponseSchema>;

export const reportedRequestSchema = z.strictObject(
  {
    entityIds: z
      .array(z.string({ error: "must be a list of entity ids (strings)" }), {
        error: "must be a list of entity ids",
      })
      .max(LIMITS.reportedIdsMax, `must list at most ${LIMITS.reportedIdsMax} ids`)
      .meta({ description: "Entity ids (the `id` property, not element ids)" }),
    slugs: z
      .array(z.string({ error: "must be a list of article slugs (strings)" }), {
        error: "must be a list of slugs",
      })
      .max(LIMITS.reportedIdsMax, `must list at most ${LIMITS.reportedIdsMax} slugs`),
  },
  {
    error: (issue) =>
      issue.code === "invalid_type"
        ? 'must be a JSON object such as {"entityIds": ["mali"], "slugs": []}'
        : undefined,
  },
);

export const reportedResponseSchema = z.object({
  entities: z
    .record(z.string(), z.string())
    .meta({ description: "Entity id → the earliest publication date of the articles that annotate it." }),
  articles: z.record(z.string(), z.string()).meta({ description: "Slug → publication date." }),
});
export type ReportedResponse = z.infer<typeof reportedResponseSchema>;
