import { z } from "zod";
import { graphNodeSchema, graphRelationshipSchema } from "./graph.ts";
import { SLUG_MAX, SLUG_PATTERN } from "../corpus/slugPattern.ts";

/**
 * A saved investigation: what the explorer showed (nodes where they were,
 * the relationships drawn, pinned and expanded nodes, the legend's and the
 * time filters, the selection and the traced path), with a name, a
 * description and notes. Stored as data/investigations/<slug>.json.
 *
 * Element ids change when the graph is loaded again, so each node is kept
 * with its stable key (an entity's or sentence's `id`, an article's `slug`)
 * and each relationship by its start, type, end and article. The view's
 * lists (pinned, selection, path, ...) name nodes and relationships by the
 * element id they had when saved; opening maps those to today's.
 */

/** The version of the file format this server writes and reads. */
export const INVESTIGATION_VERSION = 1;

/** Bounds of one investigation, so that a file from elsewhere cannot take the server's memory. */
export const INVESTIGATION_LIMITS = {
  nodes: 5000,
  relationships: 20_000,
  nameLength: 200,
  descriptionLength: 5000,
  idLength: 200,
  notes: 1000,
  noteLength: 20_000,
  /** The largest body a save accepts, and the largest file read. */
  bytes: 8 * 1024 * 1024,
} as const;

const L = INVESTIGATION_LIMITS;

export const investigationSlugSchema = z
  .string()
  .max(SLUG_MAX, `must be at most ${SLUG_MAX} characters`)
  .regex(SLUG_PATTERN, "must be lower-case words joined by hyphens")
  .meta({
    description: "The investigation's file name under data/investigations",
    example: "rosatom-in-mali",
  });

export const investigationSlugParamsSchema = z.object({ slug: investigationSlugSchema });

/** A file's revision: the first 16 hex digits of its bytes' SHA-256; "none" before the first save. */
export const investigationRevisionSchema = z
  .string({ error: "must be the revision the investigation was read at" })
  .regex(/^(none|[0-9a-f]{16})$/, 'must be "none" or 16 hex digits')
  .meta({ description: 'The revision a save is based on ("none": a new investigation)' });

const elementId = z
  .string()
  .min(1, "must not be empty")
  .max(L.idLength, `must be at most ${L.idLength} characters`);
const day = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "must be a day written 2025-06-23")
  .nullable();
const finite = z.number().refine(Number.isFinite, "must be a finite number");

export const savedNodeSchema = z.strictObject({
  /** The element id when saved: the name the view's lists use. */
  elementId,
  /** The stable key: `id` (entities, sentences) or `slug` (articles); null: none, matched by element id. */
  key: elementId.nullable(),
  /** The caption shown, to name the node when it is gone. */
  caption: z.string().max(L.nameLength * 5),
  x: finite,
  y: finite,
});
export type SavedNode = z.infer<typeof savedNodeSchema>;

/** A relationship by what it states: start key, type, end key, and the article it comes from. */
export const relationshipKeySchema = z.strictObject({
  start: elementId,
  type: z.string().min(1).max(L.idLength),
  end: elementId,
  article: z.string().max(L.idLength).nullable(),
});
export type RelationshipKey = z.infer<typeof relationshipKeySchema>;

export const savedRelationshipSchema = relationshipKeySchema.extend({ elementId });
export type SavedRelationship = z.infer<typeof savedRelationshipSchema>;

export const savedTimeFilterSchema = z.strictObject({
  from: day,
  to: day,
  undated: z.boolean(),
  asOf: day,
});

export const investigationViewSchema = z.strictObject({
  nodes: z.array(savedNodeSchema).max(L.nodes, `must hold at most ${L.nodes} nodes`),
  relationships: z
    .array(savedRelationshipSchema)
    .max(L.relationships, `must hold at most ${L.relationships} relationships`),
  expanded: z.array(elementId).max(L.nodes),
  pinned: z.array(elementId).max(L.nodes),
  /** The legend's filters: labels and relationship types switched off, and the fewest sources a fact needs. */
  hiddenLabels: z.array(z.string().max(L.idLength)).max(1000),
  hiddenTypes: z.array(z.string().max(L.idLength)).max(1000),
  minSources: z.number().int().min(1).max(1000),
  timeFilter: savedTimeFilterSchema,
  selection: elementId.nullable(),
  /**
   * Where the camera looked: sigma's state, with the extent of the node positions it was relative
   * to (a state frames another part of the graph once the extent changes); null: fit the view.
   */
  camera: z
    .strictObject({
      x: finite,
      y: finite,
      ratio: finite.refine((r) => r > 0, "must be above 0"),
      angle: finite,
      extent: z.strictObject({ x: z.tuple([finite, finite]), y: z.tuple([finite, finite]) }),
    })
    .nullable(),
  path: z
    .strictObject({
      nodes: z.array(elementId).max(L.nodes),
      relationships: z.array(elementId).max(L.relationships),
    })
    .nullable(),
});
export type InvestigationView = z.infer<typeof investigationViewSchema>;

/** What a note is written on: the investigation itself, a node or a relationship (by saved element id). */
export const noteTargetSchema = z.discriminatedUnion("kind", [
  z.strictObject({ kind: z.literal("investigation") }),
  z.strictObject({ kind: z.literal("node"), elementId }),
  z.strictObject({ kind: z.literal("relationship"), elementId }),
]);

export type NoteTarget = z.infer<typeof noteTargetSchema>;

/** An analyst's note: Markdown, never evidence. */
export const noteSchema = z.strictObject({
  id: elementId,
  on: noteTargetSchema,
  text: z
    .string()
    .min(1, "must not be empty")
    .max(L.noteLength, `must be at most ${L.noteLength} characters`),
  author: z.string().min(1, "must not be empty").max(L.nameLength),
  written: z.iso.datetime({ message: "must be a date and time such as 2026-12-07T10:00:00.000Z" }),
});
export type Note = z.infer<typeof noteSchema>;

/** Every reference of the view names a saved node (or relationship); the first that does not is refused. */
function checkReferences(value: { view: InvestigationView; notes: Note[] }, context: z.RefinementCtx): void {
  const { view } = value;
  const nodes = new Set(view.nodes.map((n) => n.elementId));
  const relationships = new Set(view.relationships.map((r) => r.elementId));
  const both = (id: string) => nodes.has(id) || relationships.has(id);
  const lists: [string, readonly string[], (id: string) => boolean][] = [
    ["expanded", view.expanded, (id) => nodes.has(id)],
    ["pinned", view.pinned, (id) => nodes.has(id)],
    ["selection", view.selection === null ? [] : [view.selection], both],
    ["path.nodes", view.path?.nodes ?? [], (id) => nodes.has(id)],
    ["path.relationships", view.path?.relationships ?? [], (id) => relationships.has(id)],
  ];
  for (const [field, ids, known] of lists) {
    const unknown = ids.find((id) => !known(id));
    if (unknown !== undefined) {
      context.addIssue({
        code: "custom",
        path: ["view", ...field.split(".")],
        message: `names "${unknown}", which is not among the view's nodes or relationships`,
      });
      return;
    }
  }
  value.notes.forEach((note, index) => {
    if (note.on.kind !== "investigation" && !both(note.on.elementId)) {
      context.addIssue({
        code: "custom",
        path: ["notes", index, "on", "elementId"],
        message: `names "${note.on.elementId}", which is not among the view's nodes or relationships`,
      });
    }
  });
}

const investigationFields = {
  name: z
    .string()
    .trim()
    .min(1, "must not be empty")
    .max(L.nameLength, `must be at most ${L.nameLength} characters`),
  description: z.string().max(L.descriptionLength, `must be at most ${L.descriptionLength} characters`),
  view: investigationViewSchema,
  notes: z.array(noteSchema).max(L.notes, `must hold at most ${L.notes} notes`),
};

/** data/investigations/<slug>.json. */
export const investigationSchema = z
  .strictObject({
    version: z.literal(INVESTIGATION_VERSION, {
      error: `must be ${INVESTIGATION_VERSION} (the investigation file format this Dossier reads)`,
    }),
    slug: investigationSlugSchema,
    savedAt: z.iso.datetime({ message: "must be a date and time" }),
    ...investigationFields,
    /** The relationships among its nodes when it was saved, drawn or not: what is new is what is not here. */
    known: z.array(relationshipKeySchema).max(L.relationships * 5),
  })
  .superRefine(checkReferences)
  .meta({ id: "Investigation" });
export type Investigation = z.infer<typeof investigationSchema>;

/** PUT /api/investigations/:slug: what the explorer sends; the server adds version, slug, savedAt and `known`. */
export const saveInvestigationRequestSchema = z
  .strictObject({ baseRevision: investigationRevisionSchema, ...investigationFields })
  .superRefine(checkReferences);
export type SaveInvestigationRequest = z.input<typeof saveInvestigationRequestSchema>;

export const saveInvestigationResponseSchema = z.strictObject({
  slug: z.string(),
  revision: investigationRevisionSchema,
  savedAt: z.string(),
});

export const investigationSummarySchema = z.strictObject({
  slug: z.string(),
  name: z.string(),
  description: z.string(),
  savedAt: z.string(),
  nodes: z.number(),
  notes: z.number(),
});

export const investigationListSchema = z.strictObject({
  investigations: z.array(investigationSummarySchema),
  /** Files in the folder that could not be read, each as one sentence. */
  unreadable: z.array(z.string()),
});

/** A saved node that is no longer in the graph; `mergedInto` names the entity it was merged into. */
export const missingNodeSchema = z.strictObject({
  elementId: z.string(),
  key: z.string().nullable(),
  caption: z.string(),
  mergedInto: z.string().nullable(),
});

/** An investigation opened against the graph as it is now. */
export const openedInvestigationSchema = z.strictObject({
  investigation: investigationSchema,
  revision: investigationRevisionSchema,
  /** Today's node and relationship for each saved element id that still resolves. */
  nodes: z.record(z.string(), graphNodeSchema),
  relationships: z.record(z.string(), graphRelationshipSchema),
  missing: z.array(missingNodeSchema),
  /** Saved relationships between two nodes still there whose fact is no longer in the graph. */
  missingRelationships: z.number(),
  /** Relationships among its nodes that were not there when it was saved: offered, never drawn uninvited. */
  newRelationships: z.array(graphRelationshipSchema),
});
export type OpenedInvestigation = z.infer<typeof openedInvestigationSchema>;

/** A save over a newer revision: both versions, so that the user can compare and choose. */
export const investigationConflictSchema = z.strictObject({
  /** null: the file was deleted since the revision the save is based on. */
  saved: z
    .strictObject({ revision: investigationRevisionSchema, investigation: investigationSchema })
    .nullable(),
  sent: z.record(z.string(), z.unknown()),
});

/** A note found by search: where it is, what it is on, and its first words. */
export const noteHitSchema = z.strictObject({
  investigation: z.string(),
  investigationName: z.string(),
  note: z.string(),
  /** What it is written on, by the element id saved in the investigation. */
  on: noteTargetSchema,
  /** The node's caption, the relationship's ends and type, or the investigation's name. */
  caption: z.string(),
  excerpt: z.string(),
});
export type NoteHit = z.infer<typeof noteHitSchema>;
