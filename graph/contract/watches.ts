import { z } from "zod";
import { SLUG_MAX, SLUG_PATTERN } from "../corpus/slugPattern.ts";
import { jsonValueSchema } from "./graph.ts";

/**
 * Watches and their alerts, as stored under data/watches/ and as the API
 * gives them. A watch names what it follows by stable keys (an entity's
 * `id`, a saved query's file name), never by element ids, which change when
 * the graph is loaded again.
 */
export const WATCH_VERSION = 1;

export const WATCH_LIMITS = {
  /** The most hops a pair watch may ask for: longer paths connect nearly everything. */
  maxHops: 4,
  /** Bytes a watch file may take. */
  watchBytes: 16_000,
  /** Bytes a watch's alerts file may take before it is refused (alerts are pruned well before). */
  alertsBytes: 8_000_000,
  /** Alerts kept per watch, newest first. */
  alertsKept: 200,
  /** Relationships listed in one alert. */
  relationshipsPerAlert: 100,
  /** Rows listed in one alert of a query watch. */
  rowsPerAlert: 100,
  /** Watches in data/watches/ at most. */
  watches: 500,
  idLength: 200,
} as const;

const slug = (what: string) =>
  z
    .string()
    .max(SLUG_MAX, `must be at most ${SLUG_MAX} characters`)
    .regex(SLUG_PATTERN, `must be ${what}: lower-case words joined by hyphens`);

const entityId = z
  .string()
  .min(1)
  .max(WATCH_LIMITS.idLength, `must be at most ${WATCH_LIMITS.idLength} characters`);

export const entityWatchTargetSchema = z.strictObject({ kind: z.literal("entity"), entity: entityId });
export const pairWatchTargetSchema = z.strictObject({
  kind: z.literal("pair"),
  from: entityId,
  to: entityId,
  hops: z
    .number()
    .int("must be a whole number")
    .min(1, "must be at least 1")
    .max(WATCH_LIMITS.maxHops, `must be at most ${WATCH_LIMITS.maxHops}`),
});
export const queryWatchTargetSchema = z.strictObject({
  kind: z.literal("query"),
  /** A file name of cypher/queries/ without `.cypher`. */
  query: z.string().regex(/^[A-Za-z0-9][A-Za-z0-9_-]{0,199}$/, "must be the name of a saved query"),
});

export const watchTargetSchema = z.discriminatedUnion("kind", [
  entityWatchTargetSchema,
  pairWatchTargetSchema,
  queryWatchTargetSchema,
]);
export type WatchTarget = z.infer<typeof watchTargetSchema>;

/** data/watches/<id>.json */
export const watchSchema = z.strictObject({
  version: z.literal(WATCH_VERSION, `must be ${WATCH_VERSION}`),
  id: slug("a watch name"),
  /** What the user reads: "Rosatom", "Rosatom and Africa Corps within 3 hops". */
  label: z.string().min(1).max(300),
  created: z.iso.datetime(),
  target: watchTargetSchema,
});
export type Watch = z.infer<typeof watchSchema>;

const endSchema = z.strictObject({ id: z.string().max(WATCH_LIMITS.idLength), name: z.string().max(1000) });

/** A relationship an alert reports, with its evidence. */
export const alertRelationshipSchema = z.strictObject({
  /** The relationship's stable `id` (`<article slug>/<relation id>`). */
  id: z.string().max(2 * SLUG_MAX + 2),
  type: z.string().max(WATCH_LIMITS.idLength),
  from: endSchema,
  to: endSchema,
  quotes: z.array(z.string().max(10_000)).max(50),
  article: z.strictObject({ slug: z.string().max(SLUG_MAX), title: z.string().max(2000).nullable() }),
});
export type AlertRelationship = z.infer<typeof alertRelationshipSchema>;

export const alertSchema = z.strictObject({
  /** `<watch id>.<sequence>` */
  id: z.string().regex(/^[a-z0-9-]+\.\d+$/, "must be a watch name, a dot and a number"),
  watch: slug("a watch name"),
  created: z.iso.datetime(),
  read: z.boolean(),
  /** The articles whose load raised it. */
  articles: z.array(z.string().max(SLUG_MAX)).max(10_000),
  /** One line: "2 new relationships of Rosatom". */
  summary: z.string().max(1000),
  relationships: z.array(alertRelationshipSchema).max(WATCH_LIMITS.relationshipsPerAlert),
  /** For a pair: the names along one path found. */
  path: z
    .array(z.string().max(1000))
    .max(WATCH_LIMITS.maxHops + 1)
    .optional(),
  /** For a query: its columns and the new rows, each node and relationship by its key and name. */
  columns: z.array(z.string().max(1000)).max(1000).optional(),
  rows: z.array(z.array(jsonValueSchema)).max(WATCH_LIMITS.rowsPerAlert).optional(),
  /** For a query: how many rows were new; `rows` holds the first of them. */
  rowCount: z.number().int().min(0).optional(),
  /** Said about how it was found: after the publish had answered, when the check took longer than a publish waits. */
  note: z.string().max(500).optional(),
});
export type Alert = z.infer<typeof alertSchema>;

/** data/watches/alerts/<watch id>.json: the alerts of one watch and what it has already reported. */
export const watchAlertsSchema = z.strictObject({
  version: z.literal(WATCH_VERSION, `must be ${WATCH_VERSION}`),
  watch: slug("a watch name"),
  /** Relationship ids (entity, pair) or row hashes (query) already reported: never reported twice. */
  seen: z.array(z.string().max(2 * SLUG_MAX + 2)),
  /** The last alert's sequence number. */
  sequence: z.number().int().min(0),
  alerts: z.array(alertSchema),
});
export type WatchAlerts = z.infer<typeof watchAlertsSchema>;

// The API.

export const watchIdParamsSchema = z.strictObject({
  id: slug("a watch name").meta({
    description: "The watch's file name under data/watches",
    example: "entity-rosatom",
  }),
});
export const alertIdParamsSchema = z.strictObject({
  id: z
    .string()
    .meta({ description: "A watch name, a dot and the alert's number", example: "entity-rosatom.1" })
    .max(SLUG_MAX + 12)
    .regex(/^[a-z0-9-]+\.\d+$/, "must be an alert id (a watch name, a dot and a number)"),
});

/** The body of a route that needs none: the write routes take JSON only, so the browser sends `{}`. */
export const emptyBodySchema = z.strictObject({}).optional();

export const addWatchRequestSchema = z.strictObject({
  target: watchTargetSchema,
  /** Shown instead of the names found in the graph. */
  label: z.string().min(1).max(300).optional(),
});
export type AddWatchRequest = z.infer<typeof addWatchRequestSchema>;

export const watchListSchema = z.object({
  watches: z.array(watchSchema.extend({ unread: z.number().int() })),
  /** One sentence for each watch file that could not be read (it is skipped, the others work). */
  unreadable: z.array(z.string()),
});

export const removeWatchResponseSchema = z.object({ removed: z.string() });

export const alertListSchema = z.object({
  alerts: z.array(alertSchema.extend({ label: z.string() })),
  unread: z.number().int(),
  unreadable: z.array(z.string()),
});

export const markReadResponseSchema = z.object({ id: z.string(), unread: z.number().int() });
